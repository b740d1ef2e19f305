import { contactSetRepliedBodyFields, contactSetRepliedBodySchema } from '../../generated/contact/setReplied';
import { contactIdsAction } from './shared';

export const contactSetReplied = contactIdsAction({
	operation: 'setReplied',
	url: '/v3/contacts/set-replied',
	fields: contactSetRepliedBodyFields,
	schema: contactSetRepliedBodySchema,
	idsProperty: 'contactIds',
});
