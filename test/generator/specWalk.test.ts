/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/**
 * Walks spec/reply.openapi.yaml: every request-body property of every operation the node
 * implements (x-n8n) must be a node field for that resource/operation, with the right type,
 * required flag and the exact enum values, and must be routed to the right body path.
 */
import { join } from 'node:path';
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { fieldSchema, loadDocument, operationMode, operations, queryParameters, refResolver } from '../../generator/openapi';
import type { JsonSchema } from '../../generator/schemaToProperties';
import { primaryType, resolveSchema, toParameterName } from '../../generator/schemaToProperties';
import { ReplyIo } from '../../nodes/ReplyIo/ReplyIo.node';

const doc = loadDocument(join(__dirname, '../../spec/reply.openapi.yaml'));
const resolve = refResolver(doc);
const nodeProperties = new ReplyIo().description.properties;
const implemented = operations(doc).filter((op) => op['x-n8n']);

function fieldsFor(resource: string, operation: string): INodeProperties[] {
	return nodeProperties.filter(
		(p) => p.displayOptions?.show?.resource?.includes(resource) && p.displayOptions?.show?.operation?.includes(operation),
	);
}

/** Top-level fields plus the contents of collections, with the routing path each one sends to. */
function flatten(fields: INodeProperties[]): INodeProperties[] {
	return fields.flatMap((f) => (f.type === 'collection' ? [f, ...flatten(f.options as INodeProperties[])] : [f]));
}

const N8N_TYPE: Record<string, string[]> = {
	string: ['string', 'options', 'dateTime'],
	integer: ['number', 'options'],
	number: ['number', 'options'],
	boolean: ['boolean'],
	array: ['string', 'fixedCollection', 'json'],
	object: ['json', 'collection'],
};

describe('every documented body property is a node field', () => {
	it('covers at least the foundation operations, and only operations the node has', () => {
		const names = implemented.map((op) => `${op['x-n8n']!.resource}/${op['x-n8n']!.operation}`);
		expect(names).toEqual(
			expect.arrayContaining([
				'contact/create',
				'contact/delete',
				'contact/get',
				'contact/getAll',
				'contact/update',
				'contactAccount/create',
				'contactAccount/delete',
				'contactAccount/get',
				'contactAccount/getAll',
				'contactAccount/update',
			]),
		);
		expect(new Set(names).size).toBe(names.length);
	});

	for (const op of implemented) {
		const { resource, operation } = op['x-n8n']!;
		const schema = fieldSchema(op, resolve);
		const label = `${resource}/${operation} (${op.method} ${op.path})`;

		it(`${label}: the operation exists and routes to ${op.method} ${op.path}`, () => {
			const selector = nodeProperties.find(
				(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
			)!;
			const option = (selector.options as Array<{ value: string; routing?: { request?: { method?: string; url?: string } } }>).find(
				(o) => o.value === operation,
			)!;
			expect(option).toBeDefined();
			expect(option.routing?.request?.method).toBe(op.method);
			expect(option.routing?.request?.url).toBe(op.path.replace(/\{[^}]+\}/, '{id}'));
		});

		if (schema) {
			const body = resolveSchema(schema, resolve);
			const fields = flatten(fieldsFor(resource, operation));
			const isUpdate = operationMode(op) === 'update';
			for (const [name, raw] of Object.entries(body.properties ?? {})) {
				it(`${label}: body property "${name}"`, () => {
					const prop: JsonSchema = resolveSchema(raw, resolve);
					const sentTo = (f: INodeProperties) => (f.routing?.send as { property?: string } | undefined)?.property;
					const field =
						fields.find((f) => sentTo(f) === name) ??
						// An object of settings is a collection whose fields send to `name.child` (checked below).
						fields.find((f) => f.type === 'collection' && f.name === toParameterName(name) && primaryType(prop) === 'object');
					expect(field).toBeDefined();
					const leafPaths = (schema: JsonSchema, path: string): string[] =>
						primaryType(schema) === 'object' && schema.properties
							? Object.entries(schema.properties).flatMap(([key, child]) => leafPaths(resolveSchema(child, resolve), `${path}.${key}`))
							: [path];
					if (field!.type === 'collection') {
						const routed = flatten(field!.options as INodeProperties[]).map(sentTo);
						expect(routed).toEqual(expect.arrayContaining(leafPaths(prop, name)));
					}
					expect(field!.name).toBe(toParameterName(name));
					if (prop['x-n8n-replaced-by']) return; // the operation file puts its own editor here and translates it before sending
					if (prop['x-n8n-locator']) {
						expect(field!.type).toBe('resourceLocator'); // an id picked From List or typed By ID
						expect(field!.modes?.[0]?.typeOptions?.searchListMethod).toBe(prop['x-n8n-locator']);
						expect(Boolean(field!.required)).toBe(!isUpdate && (body.required ?? []).includes(name));
						return;
					}
					expect(N8N_TYPE[primaryType(prop)!]).toContain(field!.type);
					const required = !isUpdate && (body.required ?? []).includes(name);
					expect(Boolean(field!.required)).toBe(required);
					if (prop.enum) {
						const values = (field!.options as Array<{ value: unknown }>).map((o) => String(o.value));
						expect(values.sort()).toEqual(prop.enum.filter((v) => v !== null).map(String).sort());
					}
					if (field!.type === 'json') {
						expect(prop['x-n8n-input']).toBe('json'); // typed as one JSON document on purpose
					} else if (primaryType(prop) === 'array' && resolveSchema(prop.items ?? {}, resolve).properties) {
						const items = resolveSchema(prop.items!, resolve);
						const values = (field!.options as INodePropertyCollection[])[0].values;
						expect(values.map((v) => v.name).sort()).toEqual(Object.keys(items.properties!).map(toParameterName).sort());
					}
				});
			}
		}

		for (const parameter of queryParameters(op, resolve).filter((p) => !['top', 'skip'].includes(p.name))) {
			it(`${label}: query parameter "${parameter.name}"`, () => {
				const fields = flatten(fieldsFor(resource, operation));
				const field = fields.find((f) => (f.routing?.send as { property?: string; type?: string } | undefined)?.property === parameter.name);
				expect(field?.routing?.send?.type).toBe('query');
			});
		}
	}
});
