/**
 * Turns a JSON-Schema request body (as found in an OpenAPI 3.1 document) into n8n
 * INodeProperties with declarative routing, plus a trimmed copy of the schema that the node
 * uses to coerce and validate the final body before anything is sent.
 *
 * Nothing here knows about Reply.io: the same code is run on an unrelated API (Bird) in tests.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { idLocator } from '../nodes/ReplyIo/shared/descriptions';
import type { BodySchema } from '../nodes/ReplyIo/shared/validation';

/** A JSON Schema as OpenAPI 3.1 writes it: the runtime keywords plus refs, combinators and prose. */
export type JsonSchema = Omit<BodySchema, 'properties' | 'items' | 'anyOf' | 'additionalProperties' | 'if' | 'then' | 'else' | 'not'> & {
	$ref?: string;
	'x-enumNames'?: string[];
	description?: string;
	default?: unknown;
	properties?: Record<string, JsonSchema>;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
	items?: JsonSchema;
	additionalProperties?: boolean | JsonSchema;
	if?: JsonSchema;
	then?: JsonSchema;
	else?: JsonSchema;
	not?: JsonSchema;
	[extension: `x-${string}`]: unknown;
};

export type RefResolver = (ref: string) => JsonSchema;

export interface BodyFieldOptions {
	/** Resolves `$ref`s; defaults to throwing, for self-contained schemas. */
	resolveRef?: RefResolver;
	/** 'create': required fields first, the rest in a collection. 'update': every field optional, in a collection. */
	mode?: 'create' | 'update';
	/** Name of the optional-fields collection (defaults: additionalFields / updateFields). */
	collectionName?: string;
}

const ACRONYMS: Record<string, string> = {
	id: 'ID',
	ids: 'IDs',
	url: 'URL',
	urls: 'URLs',
	api: 'API',
	uuid: 'UUID',
	json: 'JSON',
	html: 'HTML',
};

/** `linkedInSalesNavigatorUrl` → `LinkedIn Sales Navigator URL`; `sort_by` → `Sort By`. */
export function humanize(name: string): string {
	const words = name
		.replace(/[_-]+/g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => ACRONYMS[word.toLowerCase()] ?? word.charAt(0).toUpperCase() + word.slice(1));
	return words.join(' ').replace(/\bLinked In\b/g, 'LinkedIn');
}

/**
 * The label a user sees. `title` is not used: in OpenAPI documents it usually names the
 * component type (e.g. "Contact company size"), not the field. `x-displayName` overrides.
 */
export function displayNameOf(name: string, schema: JsonSchema): string {
	return (schema['x-displayName'] as string | undefined) ?? humanize(name);
}

/** n8n parameter names are camelCase identifiers; API names may be snake_case or kebab-case. */
export function toParameterName(name: string): string {
	const camel = name.replace(/[_-]+([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase());
	return camel.charAt(0).toLowerCase() + camel.slice(1);
}

export function resolveSchema(schema: JsonSchema, resolveRef?: RefResolver): JsonSchema {
	let current = schema;
	for (let depth = 0; current.$ref; depth++) {
		if (!resolveRef) throw new Error(`Cannot resolve ${current.$ref}: no resolver given`);
		if (depth > 20) throw new Error(`$ref cycle at ${current.$ref}`);
		const { $ref, ...siblings } = current;
		current = { ...resolveRef($ref), ...siblings };
	}
	if (current.allOf) {
		const { allOf, ...rest } = current;
		return allOf
			.map((part) => resolveSchema(part, resolveRef))
			.reduce<JsonSchema>(
				(merged, part) => ({
					...merged,
					...part,
					properties: { ...merged.properties, ...part.properties },
					required: [...(merged.required ?? []), ...(part.required ?? [])],
				}),
				rest,
			);
	}
	return current;
}

/** The non-null type of a schema: `['string','null']` → `string`. */
export function primaryType(schema: JsonSchema): string | undefined {
	if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
	if (schema.type) return schema.type;
	if (schema.properties) return 'object';
	if (schema.items) return 'array';
	if (schema.enum) return typeof schema.enum.find((v) => v !== null) === 'number' ? 'number' : 'string';
	return undefined;
}

/** Field names that the body's `anyOf: [{required:[a]},{required:[b]}]` rule is about. */
export function alternativeRequired(schema: JsonSchema): string[] {
	return (schema.anyOf ?? []).flatMap((alt) => alt.required ?? []);
}

const PLACEHOLDERS: Record<string, string> = {
	email: 'name@email.com',
	uri: 'https://example.com',
	url: 'https://example.com',
	uuid: '123e4567-e89b-12d3-a456-426614174000',
};

function limitHints(schema: JsonSchema, itemSchema?: JsonSchema): string[] {
	const hints: string[] = [];
	// `noun` is singular; the plural adds "s" unless the only bound is exactly 1 ("at least 1 value").
	const range = (noun: string, min?: number, max?: number) => {
		const unit = (n: number) => ` ${noun}${n === 1 ? '' : 's'}`;
		if (min !== undefined && max !== undefined) return `${min}–${max}${unit(max)}`;
		if (min !== undefined) return `at least ${min}${unit(min)}`;
		if (max !== undefined) return `at most ${max}${unit(max)}`;
		return undefined;
	};
	const length = range('character', schema.minLength, schema.maxLength);
	if (length) hints.push(length);
	if (primaryType(schema) === 'array' && itemSchema && primaryType(itemSchema) === 'object' && itemSchema.properties) {
		// A list of objects is a multi-value fixedCollection, not comma-separated text.
		const count = range('item', schema.minItems, schema.maxItems);
		if (count) hints.push(count);
	} else if (primaryType(schema) === 'array') {
		const count = range(itemSchema?.format ? itemSchema.format.toUpperCase() : 'value', schema.minItems, schema.maxItems);
		hints.push(`comma-separated${count ? `, ${count}` : ''}`);
	}
	return hints;
}

/**
 * The field description, in n8n's house style: no trailing period, "ID" capitalised, booleans
 * phrased "Whether …", nothing that only repeats the display name.
 */
function describe(name: string, schema: JsonSchema, itemSchema?: JsonSchema): string | undefined {
	let base = (schema.description ?? '')
		.trim()
		.replace(/\.$/, '')
		.replace(/\bids\b/gi, 'IDs')
		.replace(/\bid\b/gi, 'ID');
	if (base.toLowerCase() === displayNameOf(name, schema).toLowerCase()) base = '';
	if (base && primaryType(schema) === 'boolean' && !/^whether\b/i.test(base)) {
		base = `Whether ${base.charAt(0).toLowerCase()}${base.slice(1)}`;
	}
	const hints = limitHints(schema, itemSchema);
	const text = hints.length ? `${base}${base ? ' ' : ''}(${hints.join('; ')})` : base;
	return text || undefined;
}

function enumOptions(schema: JsonSchema): INodePropertyOptions[] {
	const values = (schema.enum ?? []).filter((v) => v !== null) as Array<string | number>;
	const names = schema['x-enumNames'];
	// n8n's lint wants option lists alphabetised by name.
	return values
		.map((value, i) => ({ name: names?.[i] ?? humanize(String(value)), value }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One body property → one n8n property. `sendPath` is the dotted body path used by routing;
 * `withRouting` is false for fields inside a fixedCollection (its value is sent as a whole).
 */
export function propertyFor(
	name: string,
	rawSchema: JsonSchema,
	sendPath: string | undefined,
	resolveRef?: RefResolver,
): INodeProperties {
	const schema = resolveSchema(rawSchema, resolveRef);
	const type = primaryType(schema);
	const routing = sendPath ? { routing: { send: { type: 'body' as const, property: sendPath } } } : {};
	const itemSchema = type === 'array' ? resolveSchema(schema.items ?? {}, resolveRef) : undefined;
	const description = describe(name, schema, itemSchema);
	const common = {
		displayName: displayNameOf(name, schema),
		name: toParameterName(name),
		...(description ? { description } : {}),
		...(typeof schema['x-n8n-hint'] === 'string' ? { hint: schema['x-n8n-hint'] } : {}),
	};

	if (schema['x-n8n-input'] === 'json') return jsonProperty(name, schema, type, routing);
	const searchListMethod = schema['x-n8n-locator'];
	if (typeof searchListMethod === 'string' && (type === 'integer' || type === 'number')) {
		// An id the user can pick "From List" (a listSearch method) or type "By ID"; required is set by the caller.
		const locator: INodeProperties = { ...idLocator(common.name, common.displayName, description ?? '', searchListMethod), ...routing };
		delete locator.required;
		return locator;
	}
	if (schema.enum) {
		const options = enumOptions(schema);
		return {
			...common,
			type: 'options',
			options,
			default: (schema.default as string) ?? options[0]?.value ?? '',
			...routing,
		};
	}
	switch (type) {
		case 'integer':
		case 'number': {
			const typeOptions: Record<string, number> = {};
			const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
			const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
			if (min !== undefined) typeOptions.minValue = min;
			if (max !== undefined) typeOptions.maxValue = max;
			if (type === 'integer') typeOptions.numberPrecision = 0;
			return {
				...common,
				type: 'number',
				...(Object.keys(typeOptions).length ? { typeOptions } : {}),
				default: (schema.default as number) ?? min ?? 0,
				...routing,
			};
		}
		case 'boolean':
			return { ...common, type: 'boolean', default: (schema.default as boolean) ?? false, ...routing };
		case 'array': {
			const items = resolveSchema(schema.items ?? {}, resolveRef);
			if (primaryType(items) === 'object' && items.properties) {
				const singular = humanize(name).replace(/s$/, '');
				return {
					...common,
					placeholder: `Add ${singular}`,
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					default: {},
					options: [
						{
							displayName: singular,
							name: 'values',
							values: objectFields(items, undefined, resolveRef, true),
						},
					],
					...routing,
				};
			}
			return {
				...common,
				...(describe(name, schema, items) ? { description: describe(name, schema, items) } : {}),
				type: 'string',
				default: '',
				placeholder: items.format && PLACEHOLDERS[items.format] ? `${PLACEHOLDERS[items.format]}, …` : 'e.g. 1, 2, 3',
				...routing,
			};
		}
		case 'object': {
			if (schema.properties && Object.keys(schema.properties).length) {
				return {
					...common,
					placeholder: 'Add Field',
					type: 'collection',
					default: {},
					options: objectFields(schema, sendPath, resolveRef, false),
				};
			}
			return { ...common, type: 'json', default: '{}', ...routing };
		}
		default: {
			if (schema.format === 'date-time') {
				return { ...common, type: 'dateTime', default: '', ...routing };
			}
			const format = schema.format ?? (/email/i.test(name) ? 'email' : undefined);
			const placeholder = format ? PLACEHOLDERS[format] : undefined;
			return {
				...common,
				type: 'string',
				default: (schema.default as string) ?? '',
				...(placeholder ? { placeholder } : {}),
				...routing,
			};
		}
	}
}

/**
 * `x-n8n-input: json`: the value is typed (or mapped) as one JSON document instead of field by
 * field, e.g. a list of records to create in one request.
 */
function jsonProperty(name: string, schema: JsonSchema, type: string | undefined, routing: object): INodeProperties {
	const base = describe(name, { description: schema.description });
	const { minItems: min, maxItems: max } = schema;
	const count =
		min !== undefined && max !== undefined ? `, ${min}–${max} items` : max !== undefined ? `, at most ${max} items` : min !== undefined ? `, at least ${min} items` : '';
	const shape = type === 'array' ? `JSON array${count}` : 'JSON object';
	return {
		displayName: displayNameOf(name, schema),
		name: toParameterName(name),
		description: `${base ? `${base} ` : ''}(${shape})`,
		type: 'json',
		default: type === 'array' ? '[]' : '{}',
		...routing,
	};
}

/** Every property of an object schema, alphabetised by display name (n8n's rule for collections). */
function objectFields(
	schema: JsonSchema,
	parentPath: string | undefined,
	resolveRef: RefResolver | undefined,
	markRequired: boolean,
): INodeProperties[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {})
		.map(([name, child]) => {
			const property = propertyFor(name, child, parentPath ? `${parentPath}.${name}` : undefined, resolveRef);
			return markRequired && required.has(name) ? { ...property, required: true } : property;
		})
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * Body schema → node fields. Required (and anyOf-alternative) fields come first as top-level
 * parameters, then optional ones marked `x-n8n-top-level: true`; every other field goes into
 * one collection, sent only when the user adds it.
 */
export function bodyToProperties(rawSchema: JsonSchema, options: BodyFieldOptions = {}): INodeProperties[] {
	const schema = resolveSchema(rawSchema, options.resolveRef);
	const mode = options.mode ?? 'create';
	const required = mode === 'create' ? new Set(schema.required ?? []) : new Set<string>();
	const alternatives = mode === 'create' ? alternativeRequired(schema) : [];
	const topLevel: INodeProperties[] = [];
	const optional: INodeProperties[] = [];

	for (const [name, child] of Object.entries(schema.properties ?? {})) {
		const property = propertyFor(name, child, name, options.resolveRef);
		if (required.has(name)) {
			topLevel.push({ ...property, required: true });
		} else if (alternatives.includes(name)) {
			const others = alternatives.filter((other) => other !== name).map(humanize);
			const hint = `Required unless ${others.join(' or ')} is set`;
			topLevel.push({ ...property, hint });
		} else if (resolveSchema(child, options.resolveRef)['x-n8n-top-level'] === true) {
			// Optional, but the point of the operation (e.g. a filter's rules): shown, not tucked away.
			topLevel.push(property);
		} else {
			optional.push(property);
		}
	}
	if (!optional.length) return topLevel;

	const collectionName = options.collectionName ?? (mode === 'update' ? 'updateFields' : 'additionalFields');
	optional.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return [
		...topLevel,
		{
			displayName: humanize(collectionName),
			name: collectionName,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: optional,
		},
	];
}

export interface QueryParameter {
	name: string;
	in: string;
	description?: string;
	required?: boolean;
	schema?: JsonSchema;
	'x-n8n-group'?: string;
}

/**
 * Query parameters (other than the ones the paginator owns) → a "Filters" collection, or an
 * "Options" collection for those marked `x-n8n-group: options` (e.g. sorting).
 */
export function queryToProperties(
	parameters: QueryParameter[],
	skip: string[],
	resolveRef?: RefResolver,
): INodeProperties[] {
	const groups = new Map<string, INodeProperties[]>();
	for (const parameter of parameters) {
		if (parameter.in !== 'query' || skip.includes(parameter.name)) continue;
		const schema = { description: parameter.description, ...resolveSchema(parameter.schema ?? {}, resolveRef) };
		const property = propertyFor(parameter.name, schema, parameter.name, resolveRef);
		const routing = { send: { type: 'query' as const, property: parameter.name } };
		const group = parameter['x-n8n-group'] ?? 'filters';
		groups.set(group, [...(groups.get(group) ?? []), { ...property, routing }]);
	}
	return [...groups.entries()].map(([group, fields]) => ({
		displayName: humanize(group),
		name: group,
		type: 'collection',
		placeholder: group === 'filters' ? 'Add Filter' : 'Add Option',
		default: {},
		options: fields.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	}));
}

const RUNTIME_KEYS: Array<keyof JsonSchema> = [
	'type',
	'format',
	'enum',
	'required',
	'minLength',
	'maxLength',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
	'minItems',
	'maxItems',
	'uniqueItems',
	'pattern',
	'const',
];

/** Sub-schemas kept for run-time checks that cannot become field settings (e.g. "omit X when Y"). */
const RUNTIME_SUBSCHEMAS = ['if', 'then', 'else', 'not'] as const;

/**
 * The schema the node validates against at run time: refs inlined, prose dropped, each
 * property titled with the display name the user sees, so errors can name the field.
 */
export function runtimeSchema(rawSchema: JsonSchema, resolveRef?: RefResolver, name?: string): BodySchema {
	const schema = resolveSchema(rawSchema, resolveRef);
	const out: BodySchema = {};
	for (const key of RUNTIME_KEYS) {
		if (schema[key] !== undefined) (out as Record<string, unknown>)[key] = schema[key];
	}
	if (out.type === undefined && primaryType(schema)) out.type = primaryType(schema);
	// A locator's value is an id, whatever its label ("Sequence" → errors say "Sequence ID 0 …").
	if (name) out.title = `${displayNameOf(name, schema)}${schema['x-n8n-locator'] ? ' ID' : ''}`;
	if (schema.properties) {
		out.properties = Object.fromEntries(
			Object.entries(schema.properties).map(([key, child]) => [key, runtimeSchema(child, resolveRef, key)]),
		);
	}
	if (schema.items) out.items = runtimeSchema(schema.items, resolveRef, name);
	for (const key of RUNTIME_SUBSCHEMAS) {
		const sub = schema[key];
		if (sub) out[key] = runtimeSchema(sub, resolveRef);
	}
	if (schema.anyOf?.every((alt) => alt.required)) out.anyOf = schema.anyOf.map((alt) => ({ required: alt.required }));
	if (schema.additionalProperties === false) out.additionalProperties = false;
	return out;
}
