import { contactListGetAllQueryFields } from '../../generated/contactList/getAll';
import { listOperation } from '../../shared/operations';

export const contactListGetAll = listOperation({
	resource: 'contactList',
	operation: 'getAll',
	url: '/v3/contact-lists',
	fields: contactListGetAllQueryFields,
});
