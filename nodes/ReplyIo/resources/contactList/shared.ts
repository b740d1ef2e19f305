import { idLocator } from '../../shared/descriptions';
import { sendNoBody, setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { outputAcknowledged } from '../../shared/bulk';
import { replyRouting } from '../../shared/routing';

export const contactListIdField = (description: string) =>
	idLocator('contactListId', 'Contact List', description, 'searchContactLists');

/** Share and Unshare: POST with no body, 204 with no body; the output says what the list is now. */
export function sharingOperation(operation: 'share' | 'unshare', description: string): OperationParts {
	return {
		routing: replyRouting({
			method: 'POST',
			url: `/v3/contact-lists/{id}/${operation}`,
			preSend: [setPathId('contactListId', 'Contact List'), sendNoBody],
			postReceive: [outputAcknowledged({ id: 'contactListId' }, { shared: operation === 'share' })],
		}),
		description: showFor('contactList', operation, [contactListIdField(description)]),
	};
}
