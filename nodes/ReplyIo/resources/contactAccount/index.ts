import type { INodeProperties } from 'n8n-workflow';
import { contactAccountChangeOwner } from './changeOwner';
import { contactAccountCreate } from './create';
import { contactAccountCreateMany } from './createMany';
import { contactAccountDelete } from './delete';
import { contactAccountDeleteMany } from './deleteMany';
import { contactAccountFilter } from './filter';
import { contactAccountGet } from './get';
import { contactAccountGetAll } from './getAll';
import { contactAccountGetContacts } from './getContacts';
import { contactAccountLinkContacts } from './linkContacts';
import { contactAccountUnlinkContacts } from './unlinkContacts';
import { contactAccountUpdate } from './update';

const showOnlyForContactAccounts = { resource: ['contactAccount'] };

export const contactAccountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForContactAccounts },
		options: [
			{
				name: 'Change Owner',
				value: 'changeOwner',
				action: 'Change the owner of a contact account',
				description: 'Hand a company record to another member of your team; nothing else changes',
				routing: contactAccountChangeOwner.routing,
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact account',
				description: 'Create a company record',
				routing: contactAccountCreate.routing,
			},
			{
				name: 'Create Many',
				value: 'createMany',
				action: 'Create many contact accounts',
				description: 'Create up to 100 company records from a JSON array in one request',
				routing: contactAccountCreateMany.routing,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact account',
				description: 'Delete a company record; its contacts are kept and unlinked',
				routing: contactAccountDelete.routing,
			},
			{
				name: 'Delete Many',
				value: 'deleteMany',
				action: 'Delete many contact accounts',
				description: 'Delete up to 1,000 company records in one request; the output says which were not deleted',
				routing: contactAccountDeleteMany.routing,
			},
			{
				name: 'Filter',
				value: 'filter',
				action: 'Filter contact accounts',
				description: 'Find company records by up to 20 conditions, list or search term, sorted',
				routing: contactAccountFilter.routing,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact account',
				description: 'Retrieve a company record by ID',
				routing: contactAccountGet.routing,
			},
			{
				name: 'Get Contacts',
				value: 'getContacts',
				action: 'Get contacts of a contact account',
				description: 'List the contacts linked to a company record',
				routing: contactAccountGetContacts.routing,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact accounts',
				description: 'List company records, with search and sorting',
				routing: contactAccountGetAll.routing,
			},
			{
				name: 'Link Contacts',
				value: 'linkContacts',
				action: 'Link contacts to a contact account',
				description: 'Link up to 1,000 contacts to a company record (moving them from any other)',
				routing: contactAccountLinkContacts.routing,
			},
			{
				name: 'Unlink Contacts',
				value: 'unlinkContacts',
				action: 'Unlink contacts from a contact account',
				description: 'Unlink up to 1,000 contacts from a company record without deleting them',
				routing: contactAccountUnlinkContacts.routing,
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact account',
				description: 'Change some fields of a company record; the others keep their values',
				routing: contactAccountUpdate.routing,
			},
		],
		default: 'create',
	},
	...contactAccountCreate.description,
	...contactAccountGet.description,
	...contactAccountGetAll.description,
	...contactAccountUpdate.description,
	...contactAccountDelete.description,
	...contactAccountChangeOwner.description,
	...contactAccountCreateMany.description,
	...contactAccountDeleteMany.description,
	...contactAccountFilter.description,
	...contactAccountGetContacts.description,
	...contactAccountLinkContacts.description,
	...contactAccountUnlinkContacts.description,
];
