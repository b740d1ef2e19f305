import { accountListIdField } from './shared';
import { getByIdOperation } from '../../shared/operations';

export const accountListGet = getByIdOperation({
	resource: 'accountList',
	idField: accountListIdField('The account list to retrieve'),
	url: '/v3/contact-account-lists/{id}',
});
