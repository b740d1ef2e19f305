import { contactIdField } from './shared';
import { returnAllAndLimit } from '../../shared/descriptions';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

export const contactGetActivities: OperationParts = {
	routing: replyRouting({
		method: 'GET',
		url: '/v3/contacts/{id}/activities',
		paged: true,
		preSend: [setPathId('contactId', 'Contact')],
	}),
	description: showFor('contact', 'getActivities', [
		contactIdField('The contact whose activity history to get (newest first)'),
		...returnAllAndLimit,
	]),
};
