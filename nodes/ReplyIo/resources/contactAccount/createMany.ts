import {
	contactAccountCreateManyBodyFields,
	contactAccountCreateManyBodySchema,
} from '../../generated/contactAccount/createMany';
import { outputCreateResults } from '../../shared/bulk';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// All accounts come from one JSON array in one item, so up to 100 accounts cost one request.
// Reply.io rejects the whole request if any account is invalid, so every account is checked
// here first; the output is one item per account, in input order, with its new id.
export const contactAccountCreateMany: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contact-accounts/bulk',
		preSend: [validateBody(contactAccountCreateManyBodySchema)],
		postReceive: [outputCreateResults('items', contactAccountCreateManyBodySchema.properties!.items)],
	}),
	description: showFor('contactAccount', 'createMany', contactAccountCreateManyBodyFields),
};
