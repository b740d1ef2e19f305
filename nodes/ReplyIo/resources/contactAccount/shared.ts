import { idLocator } from '../../shared/descriptions';

export const accountIdField = (description: string) => idLocator('accountId', 'Contact Account', description);
