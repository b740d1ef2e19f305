import { accountIdField } from './shared';
import { listOperation } from '../../shared/operations';

export const contactAccountGetContacts = listOperation({
	resource: 'contactAccount',
	operation: 'getContacts',
	url: '/v3/contact-accounts/{id}/contacts',
	idField: accountIdField('The contact account (company) whose linked contacts to list'),
});
