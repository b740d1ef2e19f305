import { sharingOperation } from './shared';

export const contactListUnshare = sharingOperation('unshare', 'The shared contact list to make private again');
