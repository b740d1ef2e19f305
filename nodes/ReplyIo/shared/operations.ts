/**
 * Builders for operation shapes that recur across resources (Get, Delete, "send a validated
 * body", membership changes), so each operation file states only what differs: resource,
 * id field, URL, generated fields.
 */
import type {
	IHttpRequestMethods,
	INodeProperties,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { returnAllAndLimit } from './descriptions';
import { outputResolvedIds, setPathId } from './hooks';
import { batchedExecutor } from './batch';
import { DEFAULT_MAX_IDS_PER_REQUEST, idsBatch } from './bulk';
import { outputDeleted } from './output';
import { replyRouting } from './routing';
import type { BodySchema } from './validation';
import { validateBody } from './validation';

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
			postReceive: [outputDeleted(idField.name), outputResolvedIds({ id: idField.name })],
		}),
		description: show(resource, 'delete', [idField]),
	};
}

export interface IdsActionTarget {
	resource: string;
	operation: string;
	/** `POST` URL, with an `{id}` placeholder when `idField` is given. */
	url: string;
	/** Generated body fields: the ids field (comma-separated text or an expression returning an array) and any flags. */
	fields: INodeProperties[];
	/** Generated runtime schema of the body; its `maxItems` on the ids is the per-request maximum. */
	schema: BodySchema;
	/** Body property (and parameter) holding the ids, e.g. `contactIds`. */
	idsProperty: string;
	/** The record the ids are applied to (a list, an account), and its key in the output. */
	idField?: INodeProperties;
	outputKey?: string;
}

/**
 * Non-atomic bulk actions on ids (`POST …/bulk-delete`, `set-*`, list and account links). Each
 * item's ids are checked (at most the documented maximum per item), then the ids of all items
 * with the same settings are sent together in requests of that maximum; each item gets a summary
 * of its own ids.
 */
export function idsActionOperation(target: IdsActionTarget): OperationParts {
	const { resource, operation, url, fields, schema, idsProperty, idField, outputKey } = target;
	const maxPerRequest = schema.properties?.[idsProperty]?.maxItems ?? DEFAULT_MAX_IDS_PER_REQUEST;
	const context = idField && outputKey ? { [outputKey]: idField.name } : undefined;
	return {
		routing: replyRouting({
			method: 'POST',
			url,
			preSend: [...(idField ? [setPathId(idField.name, idField.displayName)] : []), validateBody(schema)],
			executor: batchedExecutor(`${resource}.${operation}`, idsBatch({ idsProperty, maxPerRequest, context })),
		}),
		description: show(resource, operation, idField ? [idField, ...fields] : fields),
	};
}

export { show as showFor };

export interface BodyTarget {
	resource: string;
	operation: string;
	method: IHttpRequestMethods;
	/** URL, with an `{id}` placeholder when `idField` is given. */
	url: string;
	/** The generated body fields and the schema they are validated against before sending. */
	fields: INodeProperties[];
	schema: BodySchema;
	idField?: INodeProperties;
	/** Hooks that run after the id is set and before validation (e.g. merge-before-PUT). */
	preSend?: PreSendAction[];
	postReceive?: PostReceiveAction[];
}

/** An operation that sends a generated, validated JSON body (optionally to a record by id). */
export function bodyOperation(target: BodyTarget): OperationParts {
	const { resource, operation, method, url, fields, schema, idField, postReceive } = target;
	const preSend = [
		...(idField ? [setPathId(idField.name, idField.displayName)] : []),
		...(target.preSend ?? []),
		validateBody(schema),
	];
	return {
		routing: replyRouting({ method, url, preSend, postReceive }),
		description: show(resource, operation, idField ? [idField, ...fields] : fields),
	};
}

export interface ListTarget {
	resource: string;
	operation: string;
	/** A `{items, hasMore}` endpoint, with an `{id}` placeholder when `idField` is given. */
	url: string;
	idField?: INodeProperties;
	/** Generated query fields (filters, sorting). */
	fields?: INodeProperties[];
}

/** A paged GET with Return All / Limit, read with top/skip until `hasMore` is false. */
export function listOperation({ resource, operation, url, idField, fields = [] }: ListTarget): OperationParts {
	return {
		routing: replyRouting({
			method: 'GET',
			url,
			paged: true,
			preSend: idField ? [setPathId(idField.name, idField.displayName)] : [],
		}),
		description: show(resource, operation, [...(idField ? [idField] : []), ...returnAllAndLimit, ...fields]),
	};
}
