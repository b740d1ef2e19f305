import { contactDeleteManyBodyFields, contactDeleteManyBodySchema } from '../../generated/contact/deleteMany';
import { contactIdsAction } from './shared';

export const contactDeleteMany = contactIdsAction({
	operation: 'deleteMany',
	url: '/v3/contacts/bulk-delete',
	fields: contactDeleteManyBodyFields,
	schema: contactDeleteManyBodySchema,
	idsProperty: 'ids',
});
