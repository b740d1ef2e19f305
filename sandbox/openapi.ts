/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the sandbox is a local test server, not part of the package (files: dist) */
import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { DETAIL, type ValidationErrorItem } from './problems';
import { toItems, type Checked } from './schemaErrors';
import { splitPath } from './router';

/**
 * Request validation driven by the OpenAPI 3.1 document in spec/. The document grows over time, so
 * anything it does not describe (or cannot be compiled) is simply not validated.
 */

type Json = Record<string, unknown>;

const SPEC_ID = 'urn:sandbox:openapi';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface ParamDef {
	name: string;
	in: string;
	required: boolean;
	schema?: Json;
}

export interface SpecOperation {
	operationId?: string;
	method: string;
	template: string;
	/** Path parameter names in template order. */
	pathParamNames: string[];
	params: ParamDef[];
	body?: { required: boolean; schema?: Json };
	responses: Json;
}

export interface RequestInput {
	/** Path parameter values in template order. */
	pathValues: string[];
	query: Record<string, string>;
	body: unknown;
	/** Query parameters checked elsewhere (paging bounds answer with a business problem, not a validation one). */
	skipQuery?: string[];
}

export interface RequestCheck {
	errors: ValidationErrorItem[];
	/** True when the only failure is a root-level anyOf (e.g. "email or linkedInUrl"). */
	onlyRootAnyOf: boolean;
}

export class OpenApiSpec {
	private readonly ajv: Ajv2020;
	private readonly operations: SpecOperation[] = [];
	private readonly basePath: string;
	private readonly compiled = new WeakMap<object, ValidateFunction | null>();

	/** Reads the file; returns null (with a warning when it exists but is unusable) if there is nothing to validate with. */
	static load(file: string, warnings: string[]): OpenApiSpec | null {
		if (!existsSync(file)) return null;
		try {
			const doc = parseYaml(readFileSync(file, 'utf8')) as Json;
			if (!doc || typeof doc !== 'object' || !doc.paths) throw new Error('no paths object');
			return new OpenApiSpec(doc, warnings);
		} catch (error) {
			warnings.push(`spec ${file} not loaded: ${(error as Error).message}`);
			return null;
		}
	}

	constructor(
		private readonly doc: Json,
		private readonly warnings: string[],
	) {
		this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, verbose: true });
		addFormats(this.ajv);
		for (const format of ['int32', 'int64', 'float', 'double']) this.ajv.addFormat(format, true);
		this.ajv.addSchema(doc, SPEC_ID);
		this.basePath = serverBasePath(doc);
		this.indexOperations();
	}

	get operationList(): readonly SpecOperation[] {
		return this.operations;
	}

	/** Compiles every request schema up front (normally lazy), so problems show up in the warnings. */
	precompile(): void {
		for (const op of this.operations) {
			for (const p of op.params) if (p.schema) this.compile(p.schema);
			if (op.body?.schema) this.compile(op.body.schema);
		}
	}

	/** Finds the operation by method and path template (parameter names ignored), then by operationId. */
	find(method: string, template: string, operationId?: string): SpecOperation | undefined {
		const wanted = shape(template);
		const m = method.toLowerCase();
		return (
			this.operations.find(
				(op) =>
					op.method === m &&
					(shape(op.template) === wanted || shape(this.basePath + op.template) === wanted),
			) ?? (operationId ? this.operations.find((op) => op.operationId === operationId) : undefined)
		);
	}

	checkRequest(op: SpecOperation, input: RequestInput): RequestCheck {
		const errors: Checked[] = [];
		op.pathParamNames.forEach((name, i) => {
			const def = op.params.find((p) => p.in === 'path' && p.name === name);
			if (def) errors.push(...this.checkParam(def, input.pathValues[i]));
		});
		for (const def of op.params.filter((p) => p.in === 'query')) {
			if (input.skipQuery?.includes(def.name)) continue;
			errors.push(...this.checkParam(def, input.query[def.name]));
		}
		if (op.body) errors.push(...this.checkBody(op.body, input.body));
		return {
			errors: errors.map(({ pointer, detail }) => ({ pointer, detail })),
			onlyRootAnyOf: errors.length > 0 && errors.every((e) => e.rootAnyOf),
		};
	}

	/** Validates a response body against the documented schema for that status (used by the sandbox's own tests). */
	checkResponse(op: SpecOperation, status: number, body: unknown): ValidationErrorItem[] {
		const response = this.deref(op.responses[String(status)] ?? op.responses.default) as
			| Json
			| undefined;
		const schema = jsonSchemaOf(response?.content);
		return schema
			? this.validate(schema, body, '').map(({ pointer, detail }) => ({ pointer, detail }))
			: [];
	}

	private indexOperations(): void {
		for (const [template, rawItem] of Object.entries(this.doc.paths as Json)) {
			const pathItem = this.deref(rawItem) as Json;
			const shared = (pathItem.parameters as unknown[] | undefined) ?? [];
			for (const method of METHODS) {
				const raw = pathItem[method] as Json | undefined;
				if (!raw) continue;
				const own = (raw.parameters as unknown[] | undefined) ?? [];
				const params = mergeParams(
					shared.map((p) => this.deref(p) as ParamDef),
					own.map((p) => this.deref(p) as ParamDef),
				);
				const body = this.deref(raw.requestBody) as Json | undefined;
				this.operations.push({
					operationId: raw.operationId as string | undefined,
					method,
					template,
					pathParamNames: splitPath(template)
						.filter((s) => s.startsWith('{'))
						.map((s) => s.slice(1, -1)),
					params: params.map((p) => ({ ...p, required: Boolean(p.required) })),
					body: body
						? { required: Boolean(body.required), schema: jsonSchemaOf(body.content) }
						: undefined,
					responses: (raw.responses as Json | undefined) ?? {},
				});
			}
		}
	}

	private checkParam(def: ParamDef, raw: string | undefined): Checked[] {
		if (raw === undefined)
			return def.required ? [{ pointer: def.name, detail: DETAIL.required }] : [];
		if (!def.schema) return [];
		return this.validate(def.schema, coerce(raw, this.typesOf(def.schema)), '').map((e) => ({
			...e,
			pointer: def.name,
		}));
	}

	private checkBody(body: { required: boolean; schema?: Json }, value: unknown): Checked[] {
		if (value === undefined)
			return body.required ? [{ pointer: '', detail: DETAIL.emptyBody }] : [];
		return body.schema ? this.validate(body.schema, value, '') : [];
	}

	private validate(schema: Json, value: unknown, base: string): Checked[] {
		const validate = this.compile(schema);
		if (!validate || validate(value)) return [];
		return toItems(validate.errors ?? [], base);
	}

	private compile(schema: Json): ValidateFunction | null {
		if (this.compiled.has(schema)) return this.compiled.get(schema) ?? null;
		let fn: ValidateFunction | null = null;
		try {
			fn = this.ajv.compile(anchorRefs(schema));
		} catch (error) {
			this.warnings.push(`schema not compiled, validation skipped: ${(error as Error).message}`);
		}
		this.compiled.set(schema, fn);
		return fn;
	}

	/** Follows local `$ref`s on non-schema objects (parameters, request bodies, responses, path items). */
	private deref(value: unknown, depth = 0): unknown {
		if (!value || typeof value !== 'object' || depth > 20) return value;
		const ref = (value as Json).$ref;
		if (typeof ref !== 'string' || !ref.startsWith('#/')) return value;
		return this.deref(pointerGet(this.doc, ref.slice(1)), depth + 1);
	}

	private typesOf(schema: Json): string[] {
		const resolved = this.deref(schema) as Json;
		const type = resolved?.type;
		return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
	}
}

/** Query and path values arrive as strings; coerce them to the schema's scalar type before validating. */
function coerce(raw: string, types: string[]): unknown {
	if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(raw))
		return Number(raw);
	if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
	return raw;
}

/** Rewrites local refs (#/components/...) so they resolve inside the whole document registered under SPEC_ID. */
function anchorRefs(value: unknown): Json {
	const walk = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(walk);
		if (!v || typeof v !== 'object') return v;
		return Object.fromEntries(
			Object.entries(v).map(([k, x]) => [
				k,
				k === '$ref' && typeof x === 'string' && x.startsWith('#') ? SPEC_ID + x : walk(x),
			]),
		);
	};
	return walk(value) as Json;
}

function mergeParams(shared: ParamDef[], own: ParamDef[]): ParamDef[] {
	const key = (p: ParamDef) => `${p.in}:${p.name}`;
	const overridden = new Set(own.map(key));
	return [...shared.filter((p) => !overridden.has(key(p))), ...own];
}

function jsonSchemaOf(content: unknown): Json | undefined {
	if (!content || typeof content !== 'object') return undefined;
	const entry = Object.entries(content as Json).find(([type]) => /json/i.test(type));
	return (entry?.[1] as Json | undefined)?.schema as Json | undefined;
}

function serverBasePath(doc: Json): string {
	const url = ((doc.servers as Json[] | undefined)?.[0]?.url as string | undefined) ?? '';
	try {
		return new URL(url, 'http://placeholder').pathname.replace(/\/$/, '');
	} catch {
		return '';
	}
}

/** `/v3/contacts/{contactId}` and `/v3/contacts/{id}` have the same shape. */
function shape(template: string): string {
	return (
		'/' +
		splitPath(template)
			.map((s) => (s.startsWith('{') ? '{}' : s))
			.join('/')
	);
}

function pointerGet(doc: unknown, pointer: string): unknown {
	return pointer
		.split('/')
		.slice(1)
		.map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
		.reduce<unknown>(
			(node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined),
			doc,
		);
}
