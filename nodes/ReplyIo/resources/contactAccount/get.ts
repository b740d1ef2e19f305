import { accountIdField } from './shared';
import { getByIdOperation } from '../../shared/operations';

export const contactAccountGet = getByIdOperation({
	resource: 'contactAccount',
	idField: accountIdField('The contact account (company) to retrieve'),
	url: '/v3/contact-accounts/{id}',
});
