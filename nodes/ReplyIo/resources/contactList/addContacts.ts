import {
	contactListAddContactsBodyFields,
	contactListAddContactsBodySchema,
} from '../../generated/contactList/addContacts';
import { contactListIdField } from './shared';
import { idsActionOperation } from '../../shared/operations';

// Keeps the contacts' other list memberships. Each contact is processed on its own, so a partial
// success stays applied; the output lists which went through and which failed.
export const contactListAddContacts = idsActionOperation({
	resource: 'contactList',
	operation: 'addContacts',
	idField: contactListIdField('The contact list to add the contacts to'),
	url: '/v3/contact-lists/{id}/add-contacts',
	fields: contactListAddContactsBodyFields,
	schema: contactListAddContactsBodySchema,
	outputKey: 'listId',
	idsProperty: 'contactIds',
});
