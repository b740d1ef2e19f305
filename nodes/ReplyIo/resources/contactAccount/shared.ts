import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { idsActionOperation } from '../../shared/operations';
import type { BodySchema } from '../../shared/validation';

export const accountIdField = (description: string) =>
	idLocator('accountId', 'Contact Account', description, 'searchAccounts');

export interface ContactLinksAction {
	operation: string;
	url: string;
	description: string;
	fields: INodeProperties[];
	schema: BodySchema;
}

/** Link / unlink contacts (`POST …/{id}/contact-links/bulk[-delete]`), batched across items. */
export function contactLinksAction({ operation, url, description, fields, schema }: ContactLinksAction): OperationParts {
	return idsActionOperation({
		resource: 'contactAccount',
		operation,
		url,
		fields,
		schema,
		idsProperty: 'contactIds',
		idField: accountIdField(description),
		outputKey: 'accountId',
	});
}
