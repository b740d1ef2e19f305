import { contactGetAllQueryFields } from '../../generated/contact/getAll';
import { listOperation } from '../../shared/operations';

export const contactGetAll = listOperation({
	resource: 'contact',
	operation: 'getAll',
	url: '/v3/contacts',
	fields: contactGetAllQueryFields,
});
