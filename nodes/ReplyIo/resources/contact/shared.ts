import type { INodeProperties } from 'n8n-workflow';
import { outputNotProcessed } from '../../shared/bulk';
import { idLocator } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import type { BodySchema } from '../../shared/validation';
import { validateBody } from '../../shared/validation';

export const contactIdField = (description: string) => idLocator('contactId', 'Contact', description);

export interface ContactIdsAction {
	operation: string;
	url: string;
	fields: INodeProperties[];
	schema: BodySchema;
	/** Body property (and parameter) holding the contact ids. */
	idsProperty: string;
}

/**
 * The non-atomic `POST /v3/contacts/<action>` endpoints: validated ids (and flags) in the body,
 * the NotProcessed answer turned into one summary item.
 */
export function contactIdsAction({ operation, url, fields, schema, idsProperty }: ContactIdsAction): OperationParts {
	return {
		routing: replyRouting({
			method: 'POST',
			url,
			preSend: [validateBody(schema)],
			postReceive: [outputNotProcessed({ idsParameter: idsProperty, idsSchema: schema.properties![idsProperty] })],
		}),
		description: showFor('contact', operation, fields),
	};
}
