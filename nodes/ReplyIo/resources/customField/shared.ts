import { idLocator } from '../../shared/descriptions';

export const customFieldIdField = (description: string) =>
	idLocator('customFieldId', 'Custom Field', description, 'searchCustomFields');
