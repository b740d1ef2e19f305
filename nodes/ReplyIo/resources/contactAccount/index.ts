import type { INodeProperties } from 'n8n-workflow';
import { contactAccountCreate } from './create';
import { contactAccountDelete } from './delete';
import { contactAccountGet } from './get';
import { contactAccountGetAll } from './getAll';
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
				name: 'Create',
				value: 'create',
				action: 'Create a contact account',
				description: 'Create a company record',
				routing: contactAccountCreate.routing,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a contact account',
				description: 'Delete a company record; its contacts are kept and unlinked',
				routing: contactAccountDelete.routing,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact account',
				description: 'Retrieve a company record by ID',
				routing: contactAccountGet.routing,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact accounts',
				description: 'List company records, with search and sorting',
				routing: contactAccountGetAll.routing,
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
];
