import {
	contactAccountCreateBodyFields,
	contactAccountCreateBodySchema,
} from '../../generated/contactAccount/create';
import { bodyOperation } from '../../shared/operations';

export const contactAccountCreate = bodyOperation({
	resource: 'contactAccount',
	operation: 'create',
	method: 'POST',
	url: '/v3/contact-accounts',
	fields: contactAccountCreateBodyFields,
	schema: contactAccountCreateBodySchema,
});
