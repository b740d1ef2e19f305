import { contactChangeOwnerBodyFields, contactChangeOwnerBodySchema } from '../../generated/contact/changeOwner';
import { bodyOperation } from '../../shared/operations';

// Answers {isSuccess, affectedIds}; that is already one useful item, so it is output as it is.
export const contactChangeOwner = bodyOperation({
	resource: 'contact',
	operation: 'changeOwner',
	method: 'PUT',
	url: '/v3/contacts/owner',
	fields: contactChangeOwnerBodyFields,
	schema: contactChangeOwnerBodySchema,
});
