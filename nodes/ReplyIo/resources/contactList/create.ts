import { contactListCreateBodyFields, contactListCreateBodySchema } from '../../generated/contactList/create';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

export const contactListCreate: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contact-lists',
		preSend: [validateBody(contactListCreateBodySchema)],
	}),
	description: showFor('contactList', 'create', contactListCreateBodyFields),
};
