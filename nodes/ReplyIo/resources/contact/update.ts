import { contactUpdateBodyFields, contactUpdateBodySchema } from '../../generated/contact/update';
import { contactIdField } from './shared';
import { customFieldsParameter, translateCustomFields } from '../../shared/customFields';
import { withCollectionOption } from '../../shared/descriptions';
import { requireUpdateFields } from '../../shared/hooks';
import { bodyOperation } from '../../shared/operations';

// PATCH is a partial update: only the fields the user adds are sent; the rest stay as they are.
export const contactUpdate = bodyOperation({
	resource: 'contact',
	operation: 'update',
	method: 'PATCH',
	url: '/v3/contacts/{id}',
	idField: contactIdField('The contact to update'),
	fields: withCollectionOption(contactUpdateBodyFields, 'updateFields', customFieldsParameter(true)),
	schema: contactUpdateBodySchema,
	preSend: [requireUpdateFields, translateCustomFields('patch')],
});
