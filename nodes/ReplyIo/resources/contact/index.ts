import type { INodeProperties } from 'n8n-workflow';
import { contactCreate } from './create';
import { contactDelete } from './delete';
import { contactGet } from './get';
import { contactGetAll } from './getAll';
import { contactUpdate } from './update';

const showOnlyForContacts = { resource: ['contact'] };

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForContacts },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact',
				description: 'Create a new contact',
				routing: contactCreate.routing,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact',
				description: 'Delete a contact',
				routing: contactDelete.routing,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description: 'Retrieve a contact by ID',
				routing: contactGet.routing,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'List contacts, optionally filtered by email or LinkedIn URL',
				routing: contactGetAll.routing,
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change some fields of a contact; the others stay as they are',
				routing: contactUpdate.routing,
			},
		],
		default: 'create',
	},
	...contactCreate.description,
	...contactGet.description,
	...contactGetAll.description,
	...contactUpdate.description,
	...contactDelete.description,
];
