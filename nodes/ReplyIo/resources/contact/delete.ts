import { contactIdField } from './shared';
import { deleteByIdOperation } from '../../shared/operations';

export const contactDelete = deleteByIdOperation({
	resource: 'contact',
	idField: contactIdField('The contact to delete'),
	url: '/v3/contacts/{id}',
});
