/**
 * Builders for the by-ID operations every resource has (Get, Delete), so each resource's
 * operation file states only what differs: its resource name, id field and URL.
 */
import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { setPathId } from './hooks';
import { outputDeleted } from './output';
import { replyRouting } from './routing';

export interface ByIdTarget {
	resource: string;
	/** Parameter holding the id, e.g. `contactId`. */
	idField: INodeProperties;
	/** URL with an `{id}` placeholder, e.g. `/v3/contacts/{id}`. */
	url: string;
}

export interface OperationParts {
	routing: INodePropertyRouting;
	description: INodeProperties[];
}

function show(resource: string, operation: string, fields: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, fields);
}

export function getByIdOperation({ resource, idField, url }: ByIdTarget): OperationParts {
	return {
		routing: replyRouting({ method: 'GET', url, preSend: [setPathId(idField.name, idField.displayName)] }),
		description: show(resource, 'get', [idField]),
	};
}

export function deleteByIdOperation({ resource, idField, url }: ByIdTarget): OperationParts {
	return {
		routing: replyRouting({
			method: 'DELETE',
			url,
			preSend: [setPathId(idField.name, idField.displayName)],
			postReceive: [outputDeleted(idField.name)],
		}),
		description: show(resource, 'delete', [idField]),
	};
}

export { show as showFor };
