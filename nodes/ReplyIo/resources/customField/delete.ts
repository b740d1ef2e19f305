import { customFieldIdField } from './shared';
import { deleteByIdOperation } from '../../shared/operations';

// Reply.io refuses (409 customField.hasValues) while contacts still hold a value for the field.
export const customFieldDelete = deleteByIdOperation({
	resource: 'customField',
	idField: customFieldIdField('The custom field to delete; it must not hold values on any contact'),
	url: '/v3/custom-fields/{id}',
});
