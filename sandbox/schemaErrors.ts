import type { ErrorObject } from 'ajv';
import { DETAIL, type ValidationErrorItem } from './problems';

export interface Checked extends ValidationErrorItem {
	/** Set on a failed anyOf at the body root, which some routes answer with a business problem instead. */
	rootAnyOf?: boolean;
}

/** Turns ajv errors into API-style items: JSON-pointer paths and the API's fixed detail templates. */
export function toItems(errors: ErrorObject[], base: string): Checked[] {
	// A failed anyOf/oneOf also reports every branch's errors; keep only the combinator's own error.
	// An `if` error only says "then/else failed"; the then/else errors themselves are the useful ones.
	const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
	const kept = errors.filter(
		(e) =>
			e.keyword !== 'if' &&
			!combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`)),
	);
	const items: Checked[] = [];
	for (const err of kept) {
		const item = toItem(err, base);
		if (!items.some((i) => i.pointer === item.pointer && i.detail === item.detail))
			items.push(item);
	}
	return items;
}

function toItem(err: ErrorObject, base: string): Checked {
	const at = base + err.instancePath;
	const p = err.params as Record<string, unknown>;
	switch (err.keyword) {
		case 'required':
			return {
				pointer: `${at}/${escapePointer(String(p.missingProperty))}`,
				detail: DETAIL.required,
			};
		case 'additionalProperties':
			return {
				pointer: `${at}/${escapePointer(String(p.additionalProperty))}`,
				detail: 'Unknown field.',
			};
		case 'type':
			return { pointer: at, detail: DETAIL.invalidType };
		case 'format':
		case 'pattern':
			return { pointer: at, detail: DETAIL.invalidFormat };
		case 'enum': {
			const allowed = (p.allowedValues as unknown[]).filter((v) => v !== null).join(', ');
			return { pointer: at, detail: `Value must be one of: ${allowed}.` };
		}
		case 'not': {
			// `not: {required: [x]}` is how the spec says "x must be left out".
			const forbidden = (err.schema as { required?: string[] } | undefined)?.required?.[0];
			return forbidden
				? { pointer: `${at}/${escapePointer(forbidden)}`, detail: 'Field must be omitted.' }
				: { pointer: at, detail: 'Value is not allowed.' };
		}
		case 'anyOf':
		case 'oneOf':
			return {
				pointer: at,
				detail: 'Value does not match any of the allowed shapes.',
				rootAnyOf: err.keyword === 'anyOf' && err.instancePath === '',
			};
		default:
			return {
				pointer: at,
				detail: limitDetail(err.keyword, p.limit) ?? capitalize(err.message ?? 'is invalid.'),
			};
	}
}

function limitDetail(keyword: string, limit: unknown): string | undefined {
	const n = Number(limit);
	switch (keyword) {
		case 'maxLength':
			return `Must be at most ${n} characters long.`;
		case 'minLength':
			return `Must be at least ${n} characters long.`;
		case 'maxItems':
			return `Must contain at most ${n} items.`;
		case 'minItems':
			return `Must contain at least ${n} item${n === 1 ? '' : 's'}.`;
		case 'minimum':
			return `Must be greater than or equal to ${n}.`;
		case 'maximum':
			return `Must be less than or equal to ${n}.`;
		case 'exclusiveMinimum':
			return `Must be greater than ${n}.`;
		case 'exclusiveMaximum':
			return `Must be less than ${n}.`;
		case 'uniqueItems':
			return 'Items must be unique.';
		default:
			return undefined;
	}
}

function escapePointer(segment: string): string {
	return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
