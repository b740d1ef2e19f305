import {
	contactAccountCreateManyBodyFields,
	contactAccountCreateManyBodySchema,
} from '../../generated/contactAccount/createMany';
import { batchedExecutor } from '../../shared/batch';
import { createResultsBatch } from '../../shared/bulk';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

/** Most accounts per request (spec: items maxItems, from the official operation text). */
const MAX_ACCOUNTS_PER_REQUEST = contactAccountCreateManyBodySchema.properties!.items.maxItems ?? 100;

// Each item holds a JSON array of up to 100 accounts; the accounts of all items are sent together,
// 100 per request. Reply.io rejects a whole request if any account is invalid, so every account
// is checked here first; the output is one item per account, in input order, with its new id.
export const contactAccountCreateMany = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contact-accounts/bulk',
		preSend: [validateBody(contactAccountCreateManyBodySchema)],
		executor: batchedExecutor('contactAccount.createMany', createResultsBatch('items', MAX_ACCOUNTS_PER_REQUEST)),
	}),
	description: showFor('contactAccount', 'createMany', contactAccountCreateManyBodyFields),
};
