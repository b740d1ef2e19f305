import { accountIdField } from './shared';
import { deleteByIdOperation } from '../../shared/operations';

// Reply.io keeps the linked contacts; they are only unlinked from the account.
export const contactAccountDelete = deleteByIdOperation({
	resource: 'contactAccount',
	idField: accountIdField('The contact account (company) to delete; its contacts are kept and unlinked'),
	url: '/v3/contact-accounts/{id}',
});
