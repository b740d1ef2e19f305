import { accountListGetAllQueryFields } from '../../generated/accountList/getAll';
import { returnAllAndLimit } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

export const accountListGetAll: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/contact-account-lists', paged: true }),
	description: showFor('accountList', 'getAll', [...returnAllAndLimit, ...accountListGetAllQueryFields]),
};
