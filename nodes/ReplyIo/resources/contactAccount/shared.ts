import type { INodeProperties } from 'n8n-workflow';
import { outputNotProcessed } from '../../shared/bulk';
import { idLocator } from '../../shared/descriptions';
import { setPathId } from '../../shared/hooks';
import type { OperationParts } from '../../shared/operations';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import type { BodySchema } from '../../shared/validation';
import { validateBody } from '../../shared/validation';

export const accountIdField = (description: string) => idLocator('accountId', 'Contact Account', description);

export interface ContactLinksAction {
	operation: string;
	url: string;
	description: string;
	fields: INodeProperties[];
	schema: BodySchema;
}

/** Link / unlink contacts (`POST …/{id}/contact-links/bulk[-delete]`): one summary item per request. */
export function contactLinksAction({ operation, url, description, fields, schema }: ContactLinksAction): OperationParts {
	return {
		routing: replyRouting({
			method: 'POST',
			url,
			preSend: [setPathId('accountId', 'Contact Account'), validateBody(schema)],
			postReceive: [
				outputNotProcessed({
					idsParameter: 'contactIds',
					idsSchema: schema.properties!.contactIds,
					context: { accountId: 'accountId' },
				}),
			],
		}),
		description: showFor('contactAccount', operation, [accountIdField(description), ...fields]),
	};
}
