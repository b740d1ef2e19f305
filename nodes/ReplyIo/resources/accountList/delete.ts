import { accountListIdField } from './shared';
import { deleteByIdOperation } from '../../shared/operations';

// The accounts stay and keep their other lists.
export const accountListDelete = deleteByIdOperation({
	resource: 'accountList',
	idField: accountListIdField('The account list to delete; its accounts are kept'),
	url: '/v3/contact-account-lists/{id}',
});
