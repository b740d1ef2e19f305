import { contactFilterBodyFields, contactFilterBodySchema } from '../../generated/contact/filter';
import { returnAllAndLimit } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// A POST that pages like a list: the same body goes with every top/skip page.
export const contactFilter: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contacts/filter',
		paged: true,
		preSend: [validateBody(contactFilterBodySchema)],
	}),
	description: showFor('contact', 'filter', [...returnAllAndLimit, ...contactFilterBodyFields]),
};
