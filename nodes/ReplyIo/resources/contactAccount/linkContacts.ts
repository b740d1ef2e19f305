import {
	contactAccountLinkContactsBodyFields,
	contactAccountLinkContactsBodySchema,
} from '../../generated/contactAccount/linkContacts';
import { contactLinksAction } from './shared';

// A contact belongs to one account at most: one linked elsewhere is moved here.
export const contactAccountLinkContacts = contactLinksAction({
	operation: 'linkContacts',
	url: '/v3/contact-accounts/{id}/contact-links/bulk',
	description: 'The contact account (company) to link the contacts to',
	fields: contactAccountLinkContactsBodyFields,
	schema: contactAccountLinkContactsBodySchema,
});
