import { customFieldCreateBodyFields, customFieldCreateBodySchema } from '../../generated/customField/create';
import { bodyOperation } from '../../shared/operations';

// 409 customField.duplicateName or customField.limitExceeded (a per-team cap Reply.io does not state).
export const customFieldCreate = bodyOperation({
	resource: 'customField',
	operation: 'create',
	method: 'POST',
	url: '/v3/custom-fields',
	fields: customFieldCreateBodyFields,
	schema: customFieldCreateBodySchema,
});
