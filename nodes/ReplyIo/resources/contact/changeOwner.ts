import { contactChangeOwnerBodyFields, contactChangeOwnerBodySchema } from '../../generated/contact/changeOwner';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// Answers {isSuccess, affectedIds}; that is already one useful item, so it is output as it is.
export const contactChangeOwner: OperationParts = {
	routing: replyRouting({
		method: 'PUT',
		url: '/v3/contacts/owner',
		preSend: [validateBody(contactChangeOwnerBodySchema)],
	}),
	description: showFor('contact', 'changeOwner', contactChangeOwnerBodyFields),
};
