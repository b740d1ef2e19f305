import {
	contactAccountUpdateBodyFields,
	contactAccountUpdateBodySchema,
} from '../../generated/contactAccount/update';
import { accountIdField } from './shared';
import { mergeWithCurrent, requireUpdateFields, setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// Reply.io's PUT replaces the whole account and clears every field left out, so the node reads
// the account first and sends its current values with the user's changes on top.
export const contactAccountUpdate: OperationParts = {
	routing: replyRouting({
		method: 'PUT',
		url: '/v3/contact-accounts/{id}',
		preSend: [
			setPathId('accountId', 'Contact Account'),
			requireUpdateFields,
			mergeWithCurrent(Object.keys(contactAccountUpdateBodySchema.properties ?? {})),
			validateBody(contactAccountUpdateBodySchema),
		],
	}),
	description: showFor('contactAccount', 'update', [
		accountIdField('The contact account (company) to update'),
		...contactAccountUpdateBodyFields,
	]),
};
