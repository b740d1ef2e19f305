import { sharingOperation } from './shared';

// Reply.io answers 403 contactsList.accessChangeRejected on editions without sharing, 409 if a
// shared list with the same name exists.
export const contactListShare = sharingOperation('share', 'The private contact list to make visible to your team');
