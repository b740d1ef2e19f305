import {
	contactAccountUnlinkContactsBodyFields,
	contactAccountUnlinkContactsBodySchema,
} from '../../generated/contactAccount/unlinkContacts';
import { contactLinksAction } from './shared';

// The contacts are kept; they only lose the link (and the company details they inherited).
export const contactAccountUnlinkContacts = contactLinksAction({
	operation: 'unlinkContacts',
	url: '/v3/contact-accounts/{id}/contact-links/bulk-delete',
	description: 'The contact account (company) to unlink the contacts from',
	fields: contactAccountUnlinkContactsBodyFields,
	schema: contactAccountUnlinkContactsBodySchema,
});
