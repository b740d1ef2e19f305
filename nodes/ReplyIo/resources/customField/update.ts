import { customFieldUpdateBodyFields, customFieldUpdateBodySchema } from '../../generated/customField/update';
import { customFieldIdField } from './shared';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// The PUT takes the full definition (title and type required; metadata replaced, cleared if left
// out; orgWide cannot change), so the fields are the definition itself, not a merge of changes.
export const customFieldUpdate: OperationParts = {
	routing: replyRouting({
		method: 'PUT',
		url: '/v3/custom-fields/{id}',
		preSend: [setPathId('customFieldId', 'Custom Field'), validateBody(customFieldUpdateBodySchema)],
	}),
	description: showFor('customField', 'update', [
		customFieldIdField('The custom field to redefine'),
		...customFieldUpdateBodyFields,
	]),
};
