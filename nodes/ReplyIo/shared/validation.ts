/**
 * Coerces the body n8n built from the node's fields into the documented shape and checks it
 * against the generated schema, so a bad value fails here, naming the field, and the API never
 * sees the request.
 */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export interface BodySchema {
	type?: string | string[];
	title?: string;
	format?: string;
	enum?: unknown[];
	required?: string[];
	anyOf?: Array<{ required?: string[] }>;
	properties?: Record<string, BodySchema>;
	items?: BodySchema;
	additionalProperties?: boolean;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	minItems?: number;
	maxItems?: number;
	uniqueItems?: boolean;
	pattern?: string;
	const?: unknown;
	/** Conditional rule: when the value matches `if`, it must also match `then`, otherwise `else`. */
	if?: BodySchema;
	then?: BodySchema;
	else?: BodySchema;
	/** The value must not match this schema (used as `not: {required: [field]}`: "leave it out"). */
	not?: BodySchema;
}

export interface CoerceOptions {
	/**
	 * IANA time zone for date-times typed without an offset (n8n's date picker gives
	 * `2024-05-01T09:00:00`): they are read in this zone and sent with its offset, since
	 * `format: date-time` requires one. Without it such values are sent as they are.
	 */
	timeZone?: string;
}

export interface ValidationProblem {
	/** JSON pointer into the body, e.g. `/customFields/0/key`. */
	pointer: string;
	/** The field as the user sees it, e.g. `Custom Fields › Key`. */
	field: string;
	message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function typeOf(schema: BodySchema): string | undefined {
	return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
	// JSON quoting shows stray quotes, spaces and line breaks as they are.
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `"[{…" is not valid JSON (Unexpected end of JSON input)`: where the text breaks, not just that it does. */
function notJson(text: string): string {
	let reason = '';
	try {
		JSON.parse(text);
	} catch (error) {
		reason = ` (${(error as Error).message})`;
	}
	return `${show(text)} is not valid JSON${reason}`;
}

/**
 * Brings n8n parameter values to the documented JSON types: comma-separated text → arrays,
 * JSON array text (`[…]`, or one `{…}`) → arrays, numeric text → numbers, JSON text → objects, a
 * fixedCollection's `{values: [...]}` → array, offset-less date-times → with the zone's offset.
 * Empty strings in optional fields are dropped rather than sent.
 */
export function coerce(value: unknown, schema: BodySchema, options: CoerceOptions = {}): unknown {
	const type = typeOf(schema);
	if (type === 'array') {
		let list: unknown = value;
		if (isPlainObject(value)) {
			const inner = Object.values(value);
			list = inner.length === 1 && Array.isArray(inner[0]) ? inner[0] : value;
		} else if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
			try {
				const parsed: unknown = JSON.parse(value);
				list = isPlainObject(parsed) ? [parsed] : parsed; // one object: a list of one
			} catch {
				return value; // reported by validate() as "not valid JSON"
			}
		} else if (typeof value === 'string') {
			list = value
				.split(',')
				.map((part) => part.trim())
				.filter((part) => part !== '');
		} else if (typeof value === 'number') {
			list = [value];
		}
		return Array.isArray(list) && schema.items ? list.map((item) => coerce(item, schema.items!, options)) : list;
	}
	if ((type === 'integer' || type === 'number') && typeof value === 'string' && value.trim() !== '') {
		const number = Number(value.trim());
		return Number.isNaN(number) ? value : number;
	}
	if (type === 'object') {
		let object: unknown = value;
		if (typeof value === 'string') {
			try {
				object = JSON.parse(value);
			} catch {
				return value; // reported by validate() as "not valid JSON"
			}
		}
		if (isPlainObject(object) && schema.properties) {
			return coerceObject(object, schema, options);
		}
		return object;
	}
	if (type === 'string' && typeof value === 'number') return String(value);
	if (type === 'string' && schema.format === 'date-time' && typeof value === 'string' && options.timeZone) {
		return withZoneOffset(value, options.timeZone);
	}
	return value;
}

function coerceObject(object: IDataObject, schema: BodySchema, options: CoerceOptions): IDataObject {
	const out: IDataObject = {};
	for (const [key, raw] of Object.entries(object)) {
		const child = schema.properties?.[key];
		const optional = !(schema.required ?? []).includes(key);
		if (raw === '' && optional) continue;
		const value = child ? coerce(raw, child, options) : raw;
		// A top-level fixedCollection with no entries arrives as `{}` (or `{values: []}`): not sent.
		if (optional && isPlainObject(raw) && Array.isArray(value) && !value.length) continue;
		if (optional && isPlainObject(raw) && !Object.keys(raw).length && child && typeOf(child) === 'array') continue;
		out[key] = value as IDataObject[string];
	}
	return out;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Minutes east of UTC of `timeZone` at the instant `utcMs`. */
function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** `2024-05-01T09:00:00` in Europe/Berlin → `2024-05-01T09:00:00+02:00`; anything else unchanged. */
export function withZoneOffset(value: string, timeZone: string): string {
	if (!LOCAL_DATE_TIME.test(value)) return value;
	const wallClockAsUtc = Date.parse(`${value}Z`);
	if (Number.isNaN(wallClockAsUtc)) return value;
	let offset: number;
	try {
		offset = zoneOffsetMinutes(wallClockAsUtc, timeZone);
		offset = zoneOffsetMinutes(wallClockAsUtc - offset * 60000, timeZone); // the offset in force at that wall-clock time
	} catch {
		return value; // unknown time zone: send as typed
	}
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${value.length === 16 ? `${value}:00` : value}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function checkScalar(value: unknown, schema: BodySchema, type: string | undefined): string | undefined {
	if (schema.const !== undefined && value !== schema.const) return `${show(value)} must be ${show(schema.const)}`;
	if (schema.enum && !schema.enum.includes(value)) {
		return `${show(value)} is not one of the allowed values: ${schema.enum.filter((v) => v !== null).join(', ')}`;
	}
	switch (type) {
		case 'integer':
			if (typeof value !== 'number' || !Number.isInteger(value)) return `${show(value)} is not a whole number`;
			break;
		case 'number':
			if (typeof value !== 'number' || Number.isNaN(value)) return `${show(value)} is not a number`;
			break;
		case 'boolean':
			if (typeof value !== 'boolean') return `${show(value)} is not true or false`;
			break;
		case 'string':
			if (typeof value !== 'string') return `${show(value)} is not text`;
			break;
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum) return `${value} is below the minimum of ${schema.minimum}`;
		if (schema.maximum !== undefined && value > schema.maximum) return `${value} is above the maximum of ${schema.maximum}`;
		if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
			return `${value} must be greater than ${schema.exclusiveMinimum}`;
		if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
			return `${value} must be less than ${schema.exclusiveMaximum}`;
	}
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && value.length < schema.minLength)
			return `${show(value)} is shorter than ${schema.minLength} characters`;
		if (schema.maxLength !== undefined && value.length > schema.maxLength)
			return `${show(value)} is longer than ${schema.maxLength} characters (${value.length})`;
		if (schema.pattern && !new RegExp(schema.pattern).test(value))
			return `${show(value)} does not match the pattern ${schema.pattern}`;
		switch (schema.format) {
			case 'email':
				if (!EMAIL.test(value)) return `${show(value)} is not a valid email address`;
				break;
			case 'uri':
			case 'url':
				if (!isHttpUrl(value)) return `${show(value)} is not a valid URL (expected http:// or https://)`;
				break;
			case 'uuid':
				if (!UUID.test(value)) return `${show(value)} is not a valid UUID`;
				break;
			case 'date-time':
				if (Number.isNaN(Date.parse(value))) return `${show(value)} is not a valid date and time`;
				break;
		}
	}
	return undefined;
}

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** All problems with `value` against `schema`; an empty list means valid. */
export function validate(value: unknown, schema: BodySchema, pointer = '', field = ''): ValidationProblem[] {
	const type = typeOf(schema);
	const label = field || schema.title || 'Body';
	const problem = (message: string): ValidationProblem[] => [{ pointer, field: label, message }];
	const nullable = Array.isArray(schema.type) && schema.type.includes('null');
	if (value === null || value === undefined) return nullable || value === undefined ? [] : problem('must not be empty');

	if (type === 'object') {
		if (!isPlainObject(value)) {
			return problem(typeof value === 'string' ? notJson(value) : `${show(value)} is not an object`);
		}
		const problems: ValidationProblem[] = [];
		const missing = (schema.required ?? []).filter((key) => value[key] === undefined || value[key] === '');
		for (const key of missing) {
			const title = schema.properties?.[key]?.title ?? key;
			problems.push({ pointer: `${pointer}/${key}`, field: join(field, title), message: 'is required' });
		}
		if (schema.anyOf?.length && !schema.anyOf.some((alt) => (alt.required ?? []).every((k) => value[k] !== undefined && value[k] !== ''))) {
			const names = schema.anyOf.map((alt) => (alt.required ?? []).map((k) => schema.properties?.[k]?.title ?? k).join(' and '));
			// Named by the fields themselves ("Email or LinkedIn URL"), not by the body they sit in.
			const fields = names.map((name) => join(field, name)).join(' or ');
			problems.push({ pointer, field: fields, message: 'is required: fill in at least one of them' });
		}
		for (const [key, child] of Object.entries(value)) {
			const childSchema = schema.properties?.[key];
			if (missing.includes(key)) continue;
			if (!childSchema) {
				if (schema.additionalProperties === false) {
					problems.push({ pointer: `${pointer}/${key}`, field: join(field, key), message: 'is not a field this endpoint accepts' });
				}
				continue;
			}
			problems.push(...validate(child, childSchema, `${pointer}/${key}`, join(field, childSchema.title ?? key)));
		}
		problems.push(...checkConditional(value, schema, pointer, field));
		return problems;
	}
	if (type === 'array') {
		if (typeof value === 'string' && /^\s*[[{]/.test(value)) return problem(notJson(value));
		if (!Array.isArray(value)) return problem(`${show(value)} is not a list`);
		if (schema.minItems !== undefined && value.length < schema.minItems)
			return problem(`needs at least ${schema.minItems} value${schema.minItems === 1 ? '' : 's'}, got ${value.length}`);
		if (schema.maxItems !== undefined && value.length > schema.maxItems)
			return problem(`allows at most ${schema.maxItems} values per request, got ${value.length}`);
		if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
			return problem('contains duplicate values');
		return value.flatMap((item, i) =>
			schema.items ? validate(item, schema.items, `${pointer}/${i}`, `${label} [${i + 1}]`) : [],
		);
	}
	const message = checkScalar(value, schema, type);
	return message ? problem(message) : [];
}

function join(parent: string, child: string): string {
	return parent ? `${parent} › ${child}` : child;
}

const asObjectSchema = (schema: BodySchema): BodySchema => ({ type: 'object', ...schema });
const titleOf = (parent: BodySchema, key: string) => parent.properties?.[key]?.title ?? key;

/** "Is Bounced is true" from `if: {properties: {isBounced: {const: true}}}`; negated for the else branch. */
function describeCondition(condition: BodySchema, parent: BodySchema, negate: boolean): string {
	const parts = Object.entries(condition.properties ?? {})
		.filter(([, rule]) => rule.const !== undefined)
		.map(([key, rule]) => {
			const name = titleOf(parent, key);
			if (!negate) return `${name} is ${String(rule.const)}`;
			return typeof rule.const === 'boolean' ? `${name} is ${String(!rule.const)}` : `${name} is not ${String(rule.const)}`;
		});
	const set = (condition.required ?? [])
		.filter((key) => condition.properties?.[key]?.const === undefined)
		.map((key) => `${titleOf(parent, key)} is ${negate ? 'not ' : ''}set`);
	return [...parts, ...set].join(negate ? ' or ' : ' and ');
}

/** `if/then/else` and `not` on an object: the problems name the fields and the condition that applies. */
function checkConditional(value: IDataObject, schema: BodySchema, pointer: string, field: string): ValidationProblem[] {
	const problems: ValidationProblem[] = [];
	// A branch names fields the way the parent does, so "Resend Emails is required", not "resendEmails".
	const inherit = (branch: BodySchema): BodySchema => {
		const keys = new Set([...Object.keys(branch.properties ?? {}), ...(branch.required ?? [])]);
		const properties = Object.fromEntries(
			[...keys].map((key) => [key, { title: titleOf(schema, key), ...branch.properties?.[key] }]),
		);
		return { ...asObjectSchema(branch), properties };
	};
	const forbid = (not: BodySchema, when: string) => {
		if (validate(value, asObjectSchema(not), pointer, field).length) return;
		const keys = not.required ?? [];
		const names = keys.map((key) => join(field, titleOf(schema, key))).join(', ');
		problems.push({
			pointer: keys.length === 1 ? `${pointer}/${keys[0]}` : pointer,
			field: names || field || schema.title || 'Body',
			message: `must be left out${when}`,
		});
	};
	if (schema.not) forbid(schema.not, '');
	if (schema.if) {
		const matches = validate(value, asObjectSchema(schema.if), pointer, field).length === 0;
		const branch = matches ? schema.then : schema.else;
		if (branch) {
			const condition = describeCondition(schema.if, schema, !matches);
			const when = condition ? ` when ${condition}` : '';
			const { not, ...rest } = branch;
			problems.push(
				...validate(value, inherit(rest), pointer, field).map((p) => ({ ...p, message: `${p.message}${when}` })),
			);
			if (not) forbid(not, when);
		}
	}
	return problems;
}

/** One readable message for a list of problems. */
export function formatProblems(problems: ValidationProblem[]): string {
	return problems.map((p) => `${p.field} ${p.message}`).join('; ');
}

/**
 * preSend hook factory: coerce the body, validate it, throw a NodeOperationError for this item
 * (naming field, value and rule) before any request leaves n8n.
 */
export function validateBody(schema: BodySchema) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, body: checkedBody(this, requestOptions, schema) };
	};
}

/**
 * preSend hook factory for updates that read the record before writing it (merge-before-PUT):
 * checks the fields the user set, without the whole-body rules (required fields, one-of), so a
 * bad value fails the item before the read as well as before the write. Run `validateBody` on the
 * merged body afterwards.
 */
export function validateChanges(schema: BodySchema) {
	const wholeBodyRules = new Set(['required', 'anyOf', 'if', 'then', 'else', 'not']);
	const fieldsOnly = Object.fromEntries(Object.entries(schema).filter(([key]) => !wholeBodyRules.has(key)));
	return validateBody(fieldsOnly as BodySchema);
}

function checkedBody(ctx: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions, schema: BodySchema): IDataObject {
	const objectSchema: BodySchema = { ...schema, type: 'object' };
	const body = coerce(requestOptions.body ?? {}, objectSchema, { timeZone: ctx.getTimezone() });
	const problems = validate(body, objectSchema);
	if (problems.length) {
		throw new NodeOperationError(ctx.getNode(), `Invalid input: ${formatProblems(problems)}`, {
			itemIndex: ctx.getItemIndex(),
			description: 'Nothing was sent to Reply.io. Fix the field(s) named above and run the node again.',
		});
	}
	return body as IDataObject;
}
