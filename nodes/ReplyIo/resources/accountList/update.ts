import { accountListUpdateBodyFields, accountListUpdateBodySchema } from '../../generated/accountList/update';
import { accountListIdField } from './shared';
import { bodyOperation } from '../../shared/operations';

// A rename: the name is the only thing an account list has, so the PUT body is just `{name}`.
export const accountListUpdate = bodyOperation({
	resource: 'accountList',
	operation: 'update',
	method: 'PUT',
	url: '/v3/contact-account-lists/{id}',
	idField: accountListIdField('The account list to rename'),
	fields: accountListUpdateBodyFields,
	schema: accountListUpdateBodySchema,
});
