import { customFieldIdField } from './shared';
import { getByIdOperation } from '../../shared/operations';

export const customFieldGet = getByIdOperation({
	resource: 'customField',
	idField: customFieldIdField('The custom field to retrieve'),
	url: '/v3/custom-fields/{id}',
});
