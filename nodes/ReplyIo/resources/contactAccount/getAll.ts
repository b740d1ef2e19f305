import { contactAccountGetAllQueryFields } from '../../generated/contactAccount/getAll';
import { listOperation } from '../../shared/operations';

export const contactAccountGetAll = listOperation({
	resource: 'contactAccount',
	operation: 'getAll',
	url: '/v3/contact-accounts',
	fields: contactAccountGetAllQueryFields,
});
