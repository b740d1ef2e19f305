import { contactSetBouncedBodyFields, contactSetBouncedBodySchema } from '../../generated/contact/setBounced';
import { contactIdsAction } from './shared';

// The schema's if/then/else (Resend Emails required when Is Bounced is false, left out when it is
// true) is checked by validateBody before anything is sent.
export const contactSetBounced = contactIdsAction({
	operation: 'setBounced',
	url: '/v3/contacts/set-bounced',
	fields: contactSetBouncedBodyFields,
	schema: contactSetBouncedBodySchema,
	idsProperty: 'contactIds',
});
