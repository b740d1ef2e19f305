import { contactUpdateBodyFields, contactUpdateBodySchema } from '../../generated/contact/update';
import { contactIdField } from './shared';
import { requireUpdateFields, setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// PATCH is a partial update: only the fields the user adds are sent; the rest stay as they are.
export const contactUpdate: OperationParts = {
	routing: replyRouting({
		method: 'PATCH',
		url: '/v3/contacts/{id}',
		preSend: [setPathId('contactId', 'Contact'), requireUpdateFields, validateBody(contactUpdateBodySchema)],
	}),
	description: showFor('contact', 'update', [contactIdField('The contact to update'), ...contactUpdateBodyFields]),
};
