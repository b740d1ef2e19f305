import {
	contactAccountChangeOwnerBodyFields,
	contactAccountChangeOwnerBodySchema,
} from '../../generated/contactAccount/changeOwner';
import { accountIdField } from './shared';
import { bodyOperation } from '../../shared/operations';

// Only the owner changes (unlike Update's full replace); the answer is the updated account.
export const contactAccountChangeOwner = bodyOperation({
	resource: 'contactAccount',
	operation: 'changeOwner',
	method: 'PUT',
	url: '/v3/contact-accounts/{id}/owner',
	idField: accountIdField('The contact account (company) to hand to another owner'),
	fields: contactAccountChangeOwnerBodyFields,
	schema: contactAccountChangeOwnerBodySchema,
});
