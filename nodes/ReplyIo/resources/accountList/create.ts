import { accountListCreateBodyFields, accountListCreateBodySchema } from '../../generated/accountList/create';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

export const accountListCreate: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contact-account-lists',
		preSend: [validateBody(accountListCreateBodySchema)],
	}),
	description: showFor('accountList', 'create', accountListCreateBodyFields),
};
