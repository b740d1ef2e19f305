import { contactAccountFilterBodyFields, contactAccountFilterBodySchema } from '../../generated/contactAccount/filter';
import { encodeAccountFilterValues } from '../../shared/accountFilter';
import { returnAllAndLimit } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { validateBody } from '../../shared/validation';

// Each condition's values are typed as text and sent as the list the property compares (numbers,
// dates, several for In / Not In); then the body is checked (up to 20 conditions, documented
// property and condition names) and paged like a list.
export const contactAccountFilter: OperationParts = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contact-accounts/filter',
		paged: true,
		preSend: [encodeAccountFilterValues, validateBody(contactAccountFilterBodySchema)],
	}),
	description: showFor('contactAccount', 'filter', [...returnAllAndLimit, ...contactAccountFilterBodyFields]),
};
