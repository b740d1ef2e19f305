import { customFieldUpdateBodyFields, customFieldUpdateBodySchema } from '../../generated/customField/update';
import { customFieldIdField } from './shared';
import { bodyOperation } from '../../shared/operations';

// The PUT takes the full definition (title and type required; metadata replaced, cleared if left
// out; orgWide cannot change), so the fields are the definition itself, not a merge of changes.
export const customFieldUpdate = bodyOperation({
	resource: 'customField',
	operation: 'update',
	method: 'PUT',
	url: '/v3/custom-fields/{id}',
	idField: customFieldIdField('The custom field to redefine'),
	fields: customFieldUpdateBodyFields,
	schema: customFieldUpdateBodySchema,
});
