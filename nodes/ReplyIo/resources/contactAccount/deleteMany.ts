import {
	contactAccountDeleteManyBodyFields,
	contactAccountDeleteManyBodySchema,
} from '../../generated/contactAccount/deleteMany';
import { outputNotProcessed } from '../../shared/bulk';
import { bodyOperation } from '../../shared/operations';

// Non-atomic: the output summarises which accounts were deleted and which were not.
export const contactAccountDeleteMany = bodyOperation({
	resource: 'contactAccount',
	operation: 'deleteMany',
	method: 'POST',
	url: '/v3/contact-accounts/bulk-delete',
	fields: contactAccountDeleteManyBodyFields,
	schema: contactAccountDeleteManyBodySchema,
	postReceive: [
			outputNotProcessed({ idsParameter: 'ids', idsSchema: contactAccountDeleteManyBodySchema.properties!.ids }),
		],
});
