import { contactListIdField } from './shared';
import { getByIdOperation } from '../../shared/operations';

export const contactListGet = getByIdOperation({
	resource: 'contactList',
	idField: contactListIdField('The contact list to retrieve'),
	url: '/v3/contact-lists/{id}',
});
