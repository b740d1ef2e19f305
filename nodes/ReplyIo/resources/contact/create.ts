import { contactCreateBodyFields, contactCreateBodySchema } from '../../generated/contact/create';
import { customFieldsParameter, translateCustomFields } from '../../shared/customFields';
import { withCollectionOption } from '../../shared/descriptions';
import { bodyOperation } from '../../shared/operations';

// The seed documents contact creation on v4 (its companySize spelling and {key, value} custom fields).
export const contactCreate = bodyOperation({
	resource: 'contact',
	operation: 'create',
	method: 'POST',
	url: '/v4/contacts',
	fields: withCollectionOption(contactCreateBodyFields, 'additionalFields', customFieldsParameter(false)),
	schema: contactCreateBodySchema,
	preSend: [translateCustomFields('create')],
});
