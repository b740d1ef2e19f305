import {
	contactAccountDeleteManyBodyFields,
	contactAccountDeleteManyBodySchema,
} from '../../generated/contactAccount/deleteMany';
import { outputNotProcessed } from '../../shared/bulk';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// Non-atomic: the output summarises which accounts were deleted and which were not.
export const contactAccountDeleteMany: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contact-accounts/bulk-delete',
		preSend: [validateBody(contactAccountDeleteManyBodySchema)],
		postReceive: [
			outputNotProcessed({ idsParameter: 'ids', idsSchema: contactAccountDeleteManyBodySchema.properties!.ids }),
		],
	}),
	description: showFor('contactAccount', 'deleteMany', contactAccountDeleteManyBodyFields),
};
