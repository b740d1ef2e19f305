import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../shared/descriptions';
import type { OperationParts } from '../../shared/operations';
import { idsActionOperation } from '../../shared/operations';
import type { BodySchema } from '../../shared/validation';

/** A contact: "From List" (free-text search), "By ID", or "By Email" (looked up before sending). */
export const contactIdField = (description: string) =>
	idLocator('contactId', 'Contact', description, 'searchContacts', { byEmail: true });

export interface ContactIdsAction {
	operation: string;
	url: string;
	fields: INodeProperties[];
	schema: BodySchema;
	/** Body property (and parameter) holding the contact ids. */
	idsProperty: string;
}

/** The non-atomic `POST /v3/contacts/<action>` endpoints, batched across items (see `idsActionOperation`). */
export function contactIdsAction(action: ContactIdsAction): OperationParts {
	return idsActionOperation({ resource: 'contact', ...action });
}
