import { contactListCreateBodyFields, contactListCreateBodySchema } from '../../generated/contactList/create';
import { bodyOperation } from '../../shared/operations';

export const contactListCreate = bodyOperation({
	resource: 'contactList',
	operation: 'create',
	method: 'POST',
	url: '/v3/contact-lists',
	fields: contactListCreateBodyFields,
	schema: contactListCreateBodySchema,
});
