import {
	accountListAddAccountsBodyFields,
	accountListAddAccountsBodySchema,
} from '../../generated/accountList/addAccounts';
import { accountListIdField } from './shared';
import { idsActionOperation } from '../../shared/operations';

// Keeps the accounts' other list memberships.
export const accountListAddAccounts = idsActionOperation({
	resource: 'accountList',
	operation: 'addAccounts',
	idField: accountListIdField('The account list to add the accounts to'),
	url: '/v3/contact-account-lists/{id}/add-accounts',
	fields: accountListAddAccountsBodyFields,
	schema: accountListAddAccountsBodySchema,
	outputKey: 'listId',
	idsProperty: 'accountIds',
});
