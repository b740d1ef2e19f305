import {
	contactAccountChangeOwnerBodyFields,
	contactAccountChangeOwnerBodySchema,
} from '../../generated/contactAccount/changeOwner';
import { accountIdField } from './shared';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// Only the owner changes (unlike Update's full replace); the answer is the updated account.
export const contactAccountChangeOwner: OperationParts = {
	routing: replyRouting({
		method: 'PUT',
		url: '/v3/contact-accounts/{id}/owner',
		preSend: [setPathId('accountId', 'Contact Account'), validateBody(contactAccountChangeOwnerBodySchema)],
	}),
	description: showFor('contactAccount', 'changeOwner', [
		accountIdField('The contact account (company) to hand to another owner'),
		...contactAccountChangeOwnerBodyFields,
	]),
};
