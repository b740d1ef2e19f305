import type { INodeProperties } from 'n8n-workflow';
import { accountListAddAccounts } from './addAccounts';
import { accountListCreate } from './create';
import { accountListDelete } from './delete';
import { accountListGet } from './get';
import { accountListGetAll } from './getAll';
import { accountListMoveAccounts } from './moveAccounts';
import { accountListUpdate } from './update';

const showOnlyForAccountLists = { resource: ['accountList'] };

export const accountListDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForAccountLists },
		options: [
			{
				name: 'Add Accounts',
				value: 'addAccounts',
				action: 'Add accounts to an account list',
				description: 'Add up to 1000 accounts to a list; they keep their other lists',
				routing: accountListAddAccounts.routing,
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an account list',
				description: 'Create a team-wide list of accounts (companies)',
				routing: accountListCreate.routing,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an account list',
				description: 'Delete an account list; its accounts are kept',
				routing: accountListDelete.routing,
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an account list',
				description: 'Retrieve an account list by ID',
				routing: accountListGet.routing,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many account lists',
				description: 'List the account lists of your team (yours first), with name search',
				routing: accountListGetAll.routing,
			},
			{
				name: 'Move Accounts',
				value: 'moveAccounts',
				action: 'Move accounts to an account list',
				description: 'Put up to 1000 accounts in a list and take them out of every other list',
				routing: accountListMoveAccounts.routing,
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Rename an account list',
				description: 'Rename an account list',
				routing: accountListUpdate.routing,
			},
		],
		default: 'create',
	},
	...accountListCreate.description,
	...accountListGet.description,
	...accountListGetAll.description,
	...accountListUpdate.description,
	...accountListDelete.description,
	...accountListAddAccounts.description,
	...accountListMoveAccounts.description,
];
