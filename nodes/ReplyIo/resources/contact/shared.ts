import { idLocator } from '../../shared/descriptions';

export const contactIdField = (description: string) => idLocator('contactId', 'Contact', description);
