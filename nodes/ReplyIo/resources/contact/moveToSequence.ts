import {
	contactMoveToSequenceBodyFields,
	contactMoveToSequenceBodySchema,
} from '../../generated/contact/moveToSequence';
import { contactIdField } from './shared';
import { outputAcknowledged } from '../../shared/bulk';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// 204 with no body: output which contact went into which sequence.
export const contactMoveToSequence: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contacts/{id}/move-to-sequence',
		preSend: [setPathId('contactId', 'Contact'), validateBody(contactMoveToSequenceBodySchema)],
		postReceive: [outputAcknowledged({ contactId: 'contactId', sequenceId: 'sequenceId' }, { movedToSequence: true })],
	}),
	description: showFor('contact', 'moveToSequence', [
		contactIdField('The contact to enroll in the sequence'),
		...contactMoveToSequenceBodyFields,
	]),
};
