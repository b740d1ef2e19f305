import { idLocator } from '../../shared/descriptions';

export const accountListIdField = (description: string) =>
	idLocator('accountListId', 'Account List', description, 'searchAccountLists');
