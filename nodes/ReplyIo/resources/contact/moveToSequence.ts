import {
	contactMoveToSequenceBodyFields,
	contactMoveToSequenceBodySchema,
} from '../../generated/contact/moveToSequence';
import { contactIdField } from './shared';
import { outputAcknowledged } from '../../shared/bulk';
import { outputResolvedIds } from '../../shared/hooks';
import { bodyOperation } from '../../shared/operations';

// 204 with no body: output which contact went into which sequence.
export const contactMoveToSequence = bodyOperation({
	resource: 'contact',
	operation: 'moveToSequence',
	method: 'POST',
	url: '/v3/contacts/{id}/move-to-sequence',
	idField: contactIdField('The contact to enroll in the sequence'),
	fields: contactMoveToSequenceBodyFields,
	schema: contactMoveToSequenceBodySchema,
	postReceive: [
		outputAcknowledged({ contactId: 'contactId', sequenceId: 'sequenceId' }, { movedToSequence: true }),
		outputResolvedIds({ contactId: 'contactId' }),
	],
});
