/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/** Minimal OpenAPI 3.1 reading: load, resolve local $refs, list the operations marked for the node. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { JsonSchema, QueryParameter, RefResolver } from './schemaToProperties';

export interface OpenApiOperation {
	operationId: string;
	method: string;
	path: string;
	summary?: string;
	/** `mode` overrides the method's default (PATCH/PUT → update); `collectionName` names the optional-fields collection. */
	'x-n8n'?: { resource: string; operation: string; mode?: 'create' | 'update'; collectionName?: string };
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

export function queryParameters(op: OpenApiOperation, resolve: RefResolver): QueryParameter[] {
	return (op.parameters ?? [])
		.map((p) => ('$ref' in p ? (resolve(p.$ref) as unknown as QueryParameter) : p))
		.filter((p) => p.in === 'query');
}

/** How the generator lays out an operation's body: PATCH/PUT default to all-optional "Update Fields". */
export function operationMode(op: OpenApiOperation): 'create' | 'update' {
	return op['x-n8n']?.mode ?? (op.method === 'PATCH' || op.method === 'PUT' ? 'update' : 'create');
}
