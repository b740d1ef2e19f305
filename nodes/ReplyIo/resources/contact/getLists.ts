import { contactIdField } from './shared';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

// Not paged: the API answers one bare array, which becomes one item per list.
export const contactGetLists: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/contacts/{id}/lists', preSend: [setPathId('contactId', 'Contact')] }),
	description: showFor('contact', 'getLists', [contactIdField('The contact whose contact lists to get')]),
};
