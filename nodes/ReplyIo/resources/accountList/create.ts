import { accountListCreateBodyFields, accountListCreateBodySchema } from '../../generated/accountList/create';
import { bodyOperation } from '../../shared/operations';

export const accountListCreate = bodyOperation({
	resource: 'accountList',
	operation: 'create',
	method: 'POST',
	url: '/v3/contact-account-lists',
	fields: accountListCreateBodyFields,
	schema: accountListCreateBodySchema,
});
