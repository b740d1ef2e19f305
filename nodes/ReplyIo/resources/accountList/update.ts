import { accountListUpdateBodyFields, accountListUpdateBodySchema } from '../../generated/accountList/update';
import { accountListIdField } from './shared';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// A rename: the name is the only thing an account list has, so the PUT body is just `{name}`.
export const accountListUpdate: OperationParts = {
	routing: replyRouting({
		method: 'PUT',
		url: '/v3/contact-account-lists/{id}',
		preSend: [setPathId('accountListId', 'Account List'), validateBody(accountListUpdateBodySchema)],
	}),
	description: showFor('accountList', 'update', [
		accountListIdField('The account list to rename'),
		...accountListUpdateBodyFields,
	]),
};
