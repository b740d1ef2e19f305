import { contactAddNoteBodyFields, contactAddNoteBodySchema } from '../../generated/contact/addNote';
import { contactIdField } from './shared';
import { outputAcknowledged } from '../../shared/bulk';
import { outputResolvedIds } from '../../shared/hooks';
import { bodyOperation } from '../../shared/operations';

// 204 with no body: output which contact got the note.
export const contactAddNote = bodyOperation({
	resource: 'contact',
	operation: 'addNote',
	method: 'POST',
	url: '/v3/contacts/{id}/notes',
	idField: contactIdField('The contact to add the note to'),
	fields: contactAddNoteBodyFields,
	schema: contactAddNoteBodySchema,
	postReceive: [outputAcknowledged({ contactId: 'contactId' }, { noteAdded: true }), outputResolvedIds({ contactId: 'contactId' })],
});
