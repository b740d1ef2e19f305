import { contactListIdField } from './shared';
import { deleteByIdOperation } from '../../shared/operations';

// The contacts stay; only the list goes. Reply.io lets only the creator delete a shared list (403).
export const contactListDelete = deleteByIdOperation({
	resource: 'contactList',
	idField: contactListIdField('The contact list to delete; its contacts are kept'),
	url: '/v3/contact-lists/{id}',
});
