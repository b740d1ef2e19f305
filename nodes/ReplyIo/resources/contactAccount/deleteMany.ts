import {
	contactAccountDeleteManyBodyFields,
	contactAccountDeleteManyBodySchema,
} from '../../generated/contactAccount/deleteMany';
import { idsActionOperation } from '../../shared/operations';

// Non-atomic: each item's output summarises which of its accounts were deleted and which were not.
export const contactAccountDeleteMany = idsActionOperation({
	resource: 'contactAccount',
	operation: 'deleteMany',
	url: '/v3/contact-accounts/bulk-delete',
	fields: contactAccountDeleteManyBodyFields,
	schema: contactAccountDeleteManyBodySchema,
	idsProperty: 'ids',
});
