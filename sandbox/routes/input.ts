import { DETAIL, fieldError } from '../problems';
import type { RouteContext } from '../router';

/**
 * Body and path readers for handlers. The spec validator normally rejects bad input first; these
 * checks keep handlers safe (and the rules enforced) for operations the spec does not describe yet.
 */

export type Body = Record<string, unknown>;

const MAX_ID = 2147483647;

interface FieldOptions {
	required?: boolean;
	nullable?: boolean;
}

/** Route id: an integer in 1..2147483647, else a 400 validation problem pointing at the parameter name. */
export function pathId(ctx: RouteContext, name = 'id'): number {
	const raw = ctx.params[name] ?? '';
	if (!/^-?\d+$/.test(raw)) throw fieldError(name, DETAIL.invalidType);
	const id = Number(raw);
	if (id < 1 || id > MAX_ID) throw fieldError(name, `Must be between 1 and ${MAX_ID}.`);
	return id;
}

export function requireBody(ctx: RouteContext): Body {
	if (ctx.body === undefined) throw fieldError('', DETAIL.emptyBody);
	return asObject(ctx.body, '');
}

export function optionalBody(ctx: RouteContext): Body {
	return ctx.body === undefined || ctx.body === null ? {} : asObject(ctx.body, '');
}

export function asObject(value: unknown, pointer: string): Body {
	if (!value || typeof value !== 'object' || Array.isArray(value))
		throw fieldError(pointer, DETAIL.invalidType);
	return value as Body;
}

/** Reads a field with the presence rules every reader shares: undefined = absent, null only when nullable. */
function present(body: Body, field: string, opts: FieldOptions, base: string): unknown {
	const value = body[field];
	if (value === undefined || (value === null && !opts.nullable)) {
		if (opts.required) throw fieldError(`${base}/${field}`, DETAIL.required);
		return undefined;
	}
	return value;
}

export function readString(
	body: Body,
	field: string,
	opts: FieldOptions = {},
	base = '',
): string | null | undefined {
	const value = present(body, field, opts, base);
	if (value === undefined || value === null) return value;
	if (typeof value !== 'string') throw fieldError(`${base}/${field}`, DETAIL.invalidType);
	return value;
}

export function readInt(
	body: Body,
	field: string,
	opts: FieldOptions & { min?: number } = {},
	base = '',
): number | null | undefined {
	const value = present(body, field, opts, base);
	if (value === undefined || value === null) return value;
	if (typeof value !== 'number' || !Number.isInteger(value))
		throw fieldError(`${base}/${field}`, DETAIL.invalidType);
	if (opts.min !== undefined && value < opts.min)
		throw fieldError(`${base}/${field}`, `Must be greater than or equal to ${opts.min}.`);
	return value;
}

export function readBool(
	body: Body,
	field: string,
	opts: FieldOptions = {},
	base = '',
): boolean | null | undefined {
	const value = present(body, field, opts, base);
	if (value === undefined || value === null) return value;
	if (typeof value !== 'boolean') throw fieldError(`${base}/${field}`, DETAIL.invalidType);
	return value;
}

export function readEnum<T extends string>(
	body: Body,
	field: string,
	allowed: readonly T[],
	opts: FieldOptions = {},
	base = '',
): T | null | undefined {
	const value = readString(body, field, opts, base);
	if (value === undefined || value === null) return value;
	if (!allowed.includes(value as T))
		throw fieldError(`${base}/${field}`, `Value must be one of: ${allowed.join(', ')}.`);
	return value as T;
}

/** An array of positive integer ids with optional size bounds (e.g. contactIds 1..100). */
export function readIdArray(
	body: Body,
	field: string,
	bounds: { min?: number; max?: number } = {},
): number[] {
	const value = body[field];
	if (value === undefined || value === null) throw fieldError(`/${field}`, DETAIL.required);
	if (!Array.isArray(value)) throw fieldError(`/${field}`, DETAIL.invalidType);
	if (bounds.min !== undefined && value.length < bounds.min)
		throw fieldError(
			`/${field}`,
			`Must contain at least ${bounds.min} item${bounds.min === 1 ? '' : 's'}.`,
		);
	if (bounds.max !== undefined && value.length > bounds.max)
		throw fieldError(`/${field}`, `Must contain at most ${bounds.max} items.`);
	value.forEach((id, i) => {
		if (typeof id !== 'number' || !Number.isInteger(id))
			throw fieldError(`/${field}/${i}`, DETAIL.invalidType);
		if (id < 1) throw fieldError(`/${field}/${i}`, 'Must be greater than or equal to 1.');
	});
	return value as number[];
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function isEmail(value: string): boolean {
	return EMAIL.test(value);
}

export function isUri(value: string): boolean {
	try {
		return Boolean(new URL(value).protocol);
	} catch {
		return false;
	}
}
