import {
	contactAccountCreateBodyFields,
	contactAccountCreateBodySchema,
} from '../../generated/contactAccount/create';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

export const contactAccountCreate: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contact-accounts',
		preSend: [validateBody(contactAccountCreateBodySchema)],
	}),
	description: showFor('contactAccount', 'create', contactAccountCreateBodyFields),
};
