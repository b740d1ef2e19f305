import { accountListGetAllQueryFields } from '../../generated/accountList/getAll';
import { listOperation } from '../../shared/operations';

export const accountListGetAll = listOperation({
	resource: 'accountList',
	operation: 'getAll',
	url: '/v3/contact-account-lists',
	fields: accountListGetAllQueryFields,
});
