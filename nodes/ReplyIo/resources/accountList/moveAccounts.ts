import {
	accountListMoveAccountsBodyFields,
	accountListMoveAccountsBodySchema,
} from '../../generated/accountList/moveAccounts';
import { accountListIdField } from './shared';
import { idsActionOperation } from '../../shared/operations';

// Puts the accounts in this list and takes them out of every other list.
export const accountListMoveAccounts = idsActionOperation({
	resource: 'accountList',
	operation: 'moveAccounts',
	idField: accountListIdField('The account list to move the accounts into; they leave every other list'),
	url: '/v3/contact-account-lists/{id}/move-accounts',
	fields: accountListMoveAccountsBodyFields,
	schema: accountListMoveAccountsBodySchema,
	outputKey: 'listId',
	idsProperty: 'accountIds',
});
