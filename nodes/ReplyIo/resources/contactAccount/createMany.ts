import {
	contactAccountCreateManyBodyFields,
	contactAccountCreateManyBodySchema,
} from '../../generated/contactAccount/createMany';
import { outputCreateResults } from '../../shared/bulk';
import { bodyOperation } from '../../shared/operations';

// All accounts come from one JSON array in one item, so up to 100 accounts cost one request.
// Reply.io rejects the whole request if any account is invalid, so every account is checked
// here first; the output is one item per account, in input order, with its new id.
export const contactAccountCreateMany = bodyOperation({
	resource: 'contactAccount',
	operation: 'createMany',
	method: 'POST',
	url: '/v3/contact-accounts/bulk',
	fields: contactAccountCreateManyBodyFields,
	schema: contactAccountCreateManyBodySchema,
	postReceive: [outputCreateResults('items', contactAccountCreateManyBodySchema.properties!.items)],
});
