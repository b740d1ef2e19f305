import { customFieldCreateBodyFields, customFieldCreateBodySchema } from '../../generated/customField/create';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// 409 customField.duplicateName or customField.limitExceeded (a per-team cap Reply.io does not state).
export const customFieldCreate: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/custom-fields',
		preSend: [validateBody(customFieldCreateBodySchema)],
	}),
	description: showFor('customField', 'create', customFieldCreateBodyFields),
};
