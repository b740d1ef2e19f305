import { contactListUpdateBodyFields, contactListUpdateBodySchema } from '../../generated/contactList/update';
import { contactListIdField } from './shared';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// A rename: the PUT body is only `{name}`, so there is nothing to merge (visibility is Share / Unshare).
export const contactListUpdate: OperationParts = {
	routing: replyRouting({
		method: 'PUT',
		url: '/v3/contact-lists/{id}',
		preSend: [setPathId('contactListId', 'Contact List'), validateBody(contactListUpdateBodySchema)],
	}),
	description: showFor('contactList', 'update', [
		contactListIdField('The contact list to rename'),
		...contactListUpdateBodyFields,
	]),
};
