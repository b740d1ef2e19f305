/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/** Minimal OpenAPI 3.1 reading: load, resolve local $refs, list the operations marked for the node. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { JsonSchema, QueryParameter, RefResolver } from './schemaToProperties';
import { resolveSchema } from './schemaToProperties';

export interface OpenApiOperation {
	operationId: string;
	method: string;
	path: string;
	summary?: string;
	/** `mode` overrides the method's default (PATCH/PUT → update); `collectionName` names the optional-fields collection. */
	'x-n8n'?: {
		resource: string;
		operation: string;
		mode?: 'create' | 'update';
		collectionName?: string;
		/** One input item = one record of this body array (e.g. import `items`); see `fieldSchema`. */
		recordsProperty?: string;
		/** Optional record properties to show as top-level fields (with `recordsProperty`). */
		topLevel?: string[];
	};
	parameters?: Array<QueryParameter | { $ref: string }>;
	requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
	paths: Record<string, Record<string, unknown>>;
	components?: Record<string, Record<string, unknown>>;
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function loadDocument(file: string): OpenApiDocument {
	return parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

export function refResolver(doc: OpenApiDocument): RefResolver {
	return (ref: string) => {
		if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
		const target = ref
			.slice(2)
			.split('/')
			.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
		if (!target) throw new Error(`Unresolved $ref ${ref}`);
		return target as JsonSchema;
	};
}

export function operations(doc: OpenApiDocument): OpenApiOperation[] {
	const result: OpenApiOperation[] = [];
	for (const [path, item] of Object.entries(doc.paths)) {
		const shared = (item.parameters as OpenApiOperation['parameters']) ?? [];
		for (const method of HTTP_METHODS) {
			const op = item[method] as Omit<OpenApiOperation, 'method' | 'path'> | undefined;
			if (!op) continue;
			result.push({ ...op, method: method.toUpperCase(), path, parameters: [...shared, ...(op.parameters ?? [])] });
		}
	}
	return result;
}

export function bodySchema(op: OpenApiOperation): JsonSchema | undefined {
	return op.requestBody?.content?.['application/json']?.schema;
}

/**
 * The schema the node's fields (and run-time checks) come from. Usually the body itself. For an
 * operation that takes many records in one request (`x-n8n.recordsProperty`), each input item is
 * one record: the fields are one record's properties, plus the body's other properties (settings
 * for the whole request, shown as top-level collections); the node wraps the record into the
 * array before sending and batches the items.
 */
export function fieldSchema(op: OpenApiOperation, resolve: RefResolver): JsonSchema | undefined {
	const body = bodySchema(op);
	const recordsProperty = op['x-n8n']?.recordsProperty;
	if (!body || !recordsProperty) return body;
	const request = resolveSchema(body, resolve);
	const records = resolveSchema(request.properties?.[recordsProperty] ?? {}, resolve);
	if (!records.items) throw new Error(`${op.operationId}: ${recordsProperty} is not an array of records`);
	const record = resolveSchema(records.items, resolve);
	const topLevel = new Set(op['x-n8n']?.topLevel ?? []);
	const shown = (schema: JsonSchema): JsonSchema => ({ ...resolveSchema(schema, resolve), 'x-n8n-top-level': true });
	const properties: Record<string, JsonSchema> = {};
	for (const [name, child] of Object.entries(record.properties ?? {})) properties[name] = topLevel.has(name) ? shown(child) : child;
	for (const [name, child] of Object.entries(request.properties ?? {})) {
		if (name !== recordsProperty) properties[name] = shown(child);
	}
	return {
		type: 'object',
		...(record.required ? { required: record.required } : {}),
		...(record.anyOf ? { anyOf: record.anyOf } : {}),
		properties,
	};
}

export function queryParameters(op: OpenApiOperation, resolve: RefResolver): QueryParameter[] {
	return (op.parameters ?? [])
		.map((p) => ('$ref' in p ? (resolve(p.$ref) as unknown as QueryParameter) : p))
		.filter((p) => p.in === 'query');
}

/** How the generator lays out an operation's body: PATCH/PUT default to all-optional "Update Fields". */
export function operationMode(op: OpenApiOperation): 'create' | 'update' {
	return op['x-n8n']?.mode ?? (op.method === 'PATCH' || op.method === 'PUT' ? 'update' : 'create');
}
