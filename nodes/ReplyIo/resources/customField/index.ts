import type { INodeProperties } from 'n8n-workflow';
import { customFieldCreate } from './create';
import { customFieldDelete } from './delete';
import { customFieldGet } from './get';
import { customFieldGetAll } from './getAll';
import { customFieldUpdate } from './update';

const showOnlyForCustomFields = { resource: ['customField'] };

export const customFieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForCustomFields },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a custom field',
				description: 'Define a new text or number field for contacts',
				routing: customFieldCreate.routing,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom field',
				description: 'Delete a custom field that no contact holds a value for',
				routing: customFieldDelete.routing,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom field',
				description: 'Retrieve a custom field definition by ID',
				routing: customFieldGet.routing,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many custom fields',
				description: 'List the custom fields of your team and organization',
				routing: customFieldGetAll.routing,
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a custom field',
				description: 'Rename a custom field or change its type; send its full definition',
				routing: customFieldUpdate.routing,
			},
		],
		default: 'create',
	},
	...customFieldCreate.description,
	...customFieldGet.description,
	...customFieldGetAll.description,
	...customFieldUpdate.description,
	...customFieldDelete.description,
];
