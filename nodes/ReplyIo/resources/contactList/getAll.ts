import { contactListGetAllQueryFields } from '../../generated/contactList/getAll';
import { returnAllAndLimit } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';

export const contactListGetAll: OperationParts = {
	routing: replyRouting({ method: 'GET', url: '/v3/contact-lists', paged: true }),
	description: showFor('contactList', 'getAll', [...returnAllAndLimit, ...contactListGetAllQueryFields]),
};
