import {
	contactListMoveContactsBodyFields,
	contactListMoveContactsBodySchema,
} from '../../generated/contactList/moveContacts';
import { contactListIdField } from './shared';
import { idsActionOperation } from '../../shared/operations';

// Puts the contacts in this list and takes them out of every other list.
export const contactListMoveContacts = idsActionOperation({
	resource: 'contactList',
	operation: 'moveContacts',
	idField: contactListIdField('The contact list to move the contacts into; they leave every other list'),
	url: '/v3/contact-lists/{id}/move-contacts',
	fields: contactListMoveContactsBodyFields,
	schema: contactListMoveContactsBodySchema,
	outputKey: 'listId',
	idsProperty: 'contactIds',
});
