import { contactIdField } from './shared';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

// Not paged: the API answers one bare array, which becomes one item per sequence.
export const contactGetSequences: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/contacts/{id}/sequences', preSend: [setPathId('contactId', 'Contact')] }),
	description: showFor('contact', 'getSequences', [contactIdField('The contact whose sequences to list')]),
};
