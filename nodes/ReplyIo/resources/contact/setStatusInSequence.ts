import {
	contactSetStatusInSequenceBodyFields,
	contactSetStatusInSequenceBodySchema,
} from '../../generated/contact/setStatusInSequence';
import { contactIdsAction } from './shared';

export const contactSetStatusInSequence = contactIdsAction({
	operation: 'setStatusInSequence',
	url: '/v3/contacts/set-status-in-sequence',
	fields: contactSetStatusInSequenceBodyFields,
	schema: contactSetStatusInSequenceBodySchema,
	idsProperty: 'contactIds',
});
