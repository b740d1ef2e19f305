import { contactAccountGetAllQueryFields } from '../../generated/contactAccount/getAll';
import { returnAllAndLimit } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

export const contactAccountGetAll: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/contact-accounts', paged: true }),
	description: showFor('contactAccount', 'getAll', [...returnAllAndLimit, ...contactAccountGetAllQueryFields]),
};
