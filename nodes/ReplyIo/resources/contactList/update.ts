import { contactListUpdateBodyFields, contactListUpdateBodySchema } from '../../generated/contactList/update';
import { contactListIdField } from './shared';
import { bodyOperation } from '../../shared/operations';

// A rename: the PUT body is only `{name}`, so there is nothing to merge (visibility is Share / Unshare).
export const contactListUpdate = bodyOperation({
	resource: 'contactList',
	operation: 'update',
	method: 'PUT',
	url: '/v3/contact-lists/{id}',
	idField: contactListIdField('The contact list to rename'),
	fields: contactListUpdateBodyFields,
	schema: contactListUpdateBodySchema,
});
