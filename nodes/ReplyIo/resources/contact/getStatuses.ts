import { contactIdField } from './shared';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

export const contactGetStatuses: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/contacts/{id}/statuses', preSend: [setPathId('contactId', 'Contact')] }),
	description: showFor('contact', 'getStatuses', [
		contactIdField('The contact whose opt-out, call, meeting and per-sequence statuses to get'),
	]),
};
