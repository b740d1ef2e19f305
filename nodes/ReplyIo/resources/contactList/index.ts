import type { INodeProperties } from 'n8n-workflow';
import { contactListAddContacts } from './addContacts';
import { contactListCreate } from './create';
import { contactListDelete } from './delete';
import { contactListGet } from './get';
import { contactListGetAll } from './getAll';
import { contactListMoveContacts } from './moveContacts';
import { contactListShare } from './share';
import { contactListUnshare } from './unshare';
import { contactListUpdate } from './update';

const showOnlyForContactLists = { resource: ['contactList'] };

export const contactListDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForContactLists },
		options: [
			{
				name: 'Add Contacts',
				value: 'addContacts',
				action: 'Add contacts to a contact list',
				description: 'Add contacts to a list; they keep their other lists',
				routing: contactListAddContacts.routing,
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact list',
				description: 'Create a private or team-shared contact list',
				routing: contactListCreate.routing,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact list',
				description: 'Delete a contact list; its contacts are kept',
				routing: contactListDelete.routing,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact list',
				description: 'Retrieve a contact list by ID',
				routing: contactListGet.routing,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact lists',
				description: 'List your contact lists and those shared with your team, with name search',
				routing: contactListGetAll.routing,
			},
			{
				name: 'Move Contacts',
				value: 'moveContacts',
				action: 'Move contacts to a contact list',
				description: 'Put contacts in a list and take them out of every other list',
				routing: contactListMoveContacts.routing,
			},
			{
				name: 'Share',
				value: 'share',
				action: 'Share a contact list',
				description: 'Make a private contact list visible to your team',
				routing: contactListShare.routing,
			},
			{
				name: 'Unshare',
				value: 'unshare',
				action: 'Unshare a contact list',
				description: 'Make a shared contact list private again',
				routing: contactListUnshare.routing,
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Rename a contact list',
				description: 'Rename a contact list',
				routing: contactListUpdate.routing,
			},
		],
		default: 'create',
	},
	...contactListCreate.description,
	...contactListGet.description,
	...contactListGetAll.description,
	...contactListUpdate.description,
	...contactListDelete.description,
	...contactListShare.description,
	...contactListUnshare.description,
	...contactListAddContacts.description,
	...contactListMoveContacts.description,
];
