import { contactIdField } from './shared';
import { getByIdOperation } from '../../shared/operations';

export const contactGet = getByIdOperation({
	resource: 'contact',
	idField: contactIdField('The contact to retrieve'),
	url: '/v3/contacts/{id}',
});
