import { accountIdField } from './shared';
import { returnAllAndLimit } from '../../shared/descriptions';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

export const contactAccountGetContacts: OperationParts = {
	routing: replyRouting({
		method: 'GET',
		url: '/v3/contact-accounts/{id}/contacts',
		paged: true,
		preSend: [setPathId('accountId', 'Contact Account')],
	}),
	description: showFor('contactAccount', 'getContacts', [
		accountIdField('The contact account (company) whose linked contacts to list'),
		...returnAllAndLimit,
	]),
};
