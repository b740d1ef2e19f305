import { contactGetAllQueryFields } from '../../generated/contact/getAll';
import { returnAllAndLimit } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

export const contactGetAll: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/contacts', paged: true }),
	description: showFor('contact', 'getAll', [...returnAllAndLimit, ...contactGetAllQueryFields]),
};
