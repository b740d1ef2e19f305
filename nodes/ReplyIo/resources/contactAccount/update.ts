import {
	contactAccountUpdateBodyFields,
	contactAccountUpdateBodySchema,
} from '../../generated/contactAccount/update';
import { accountIdField } from './shared';
import { mergeWithCurrent, requireUpdateFields } from '../../shared/hooks';
import { bodyOperation } from '../../shared/operations';
import { validateChanges } from '../../shared/validation';

// Reply.io's PUT replaces the whole account and clears every field left out, so the node reads
// the account first and sends its current values with the user's changes on top. The changes are
// checked before that read, so a bad value sends nothing at all.
export const contactAccountUpdate = bodyOperation({
	resource: 'contactAccount',
	operation: 'update',
	method: 'PUT',
	url: '/v3/contact-accounts/{id}',
	idField: accountIdField('The contact account (company) to update'),
	fields: contactAccountUpdateBodyFields,
	schema: contactAccountUpdateBodySchema,
	preSend: [
		requireUpdateFields,
		validateChanges(contactAccountUpdateBodySchema),
		mergeWithCurrent(Object.keys(contactAccountUpdateBodySchema.properties ?? {})),
	],
});
