import { businessProblem } from '../problems';
import type { RouteContext } from '../router';

export interface Page<T> {
	items: T[];
	hasMore: boolean;
}

/**
 * Applies `top`/`skip` from the query. Out-of-range values give the API's business problem
 * (`<resource>.invalidPagination`), not a validation problem.
 */
export function paginate<T>(
	ctx: RouteContext,
	resource: string,
	all: T[],
	defaultTop = 25,
): Page<T> {
	const top = intParam(ctx.query.top, defaultTop);
	if (top === null || top < 1 || top > 1000)
		throw businessProblem(
			400,
			`${resource}.invalidPagination`,
			"Parameter 'top' must be between 1 and 1000",
		);
	const skip = intParam(ctx.query.skip, 0);
	if (skip === null || skip < 0)
		throw businessProblem(
			400,
			`${resource}.invalidPagination`,
			"Parameter 'skip' must be greater than or equal to 0",
		);
	return { items: all.slice(skip, skip + top), hasMore: skip + top < all.length };
}

function intParam(raw: string | undefined, fallback: number): number | null {
	if (raw === undefined || raw === '') return fallback;
	return /^-?\d+$/.test(raw) ? Number(raw) : null;
}

export type SortDirection = 'asc' | 'desc';

/** Stable sort by a field value; nulls last either way; strings compare case-insensitively. */
export function sortBy<T>(
	items: T[],
	value: (item: T) => unknown,
	direction: SortDirection = 'asc',
): T[] {
	const sign = direction === 'desc' ? -1 : 1;
	return [...items].sort((a, b) => {
		const x = normalize(value(a));
		const y = normalize(value(b));
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		return sign * (x < y ? -1 : x > y ? 1 : 0);
	});
}

function normalize(v: unknown): string | number | null {
	if (v === null || v === undefined) return null;
	if (v instanceof Date) return v.getTime();
	if (typeof v === 'number') return v;
	if (typeof v === 'boolean') return v ? 1 : 0;
	return String(v).toLowerCase();
}

/** Looks a field name up case-insensitively, ignoring underscores (sort_by=created_date → createdDate). */
export function resolveField(name: string, fields: readonly string[]): string | undefined {
	const key = name.replace(/_/g, '').toLowerCase();
	return fields.find((f) => f.toLowerCase() === key);
}

/** Result dictionary of non-atomic bulk operations: only failures are listed, `{}` means all succeeded. */
export type NotProcessed = Record<string, { error: string; errorDetails: string | null }>;
