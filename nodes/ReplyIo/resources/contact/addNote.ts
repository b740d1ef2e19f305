import { contactAddNoteBodyFields, contactAddNoteBodySchema } from '../../generated/contact/addNote';
import { contactIdField } from './shared';
import { outputAcknowledged } from '../../shared/bulk';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// 204 with no body: output which contact got the note.
export const contactAddNote: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contacts/{id}/notes',
		preSend: [setPathId('contactId', 'Contact'), validateBody(contactAddNoteBodySchema)],
		postReceive: [outputAcknowledged({ contactId: 'contactId' }, { noteAdded: true })],
	}),
	description: showFor('contact', 'addNote', [contactIdField('The contact to add the note to'), ...contactAddNoteBodyFields]),
};
