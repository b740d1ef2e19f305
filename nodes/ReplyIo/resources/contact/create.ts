import { contactCreateBodyFields, contactCreateBodySchema } from '../../generated/contact/create';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// The seed documents contact creation on v4 (its companySize spelling and {key, value} custom fields).
export const contactCreate: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v4/contacts',
		preSend: [validateBody(contactCreateBodySchema)],
	}),
	description: showFor('contact', 'create', contactCreateBodyFields),
};
