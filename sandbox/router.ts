import type { Store } from './store';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteContext {
	method: HttpMethod;
	/** Normalised request path (no query, no trailing slash). */
	path: string;
	/** Path parameters by the names used in the route template. */
	params: Record<string, string>;
	query: Record<string, string>;
	/** Parsed JSON body; undefined when the request had none. */
	body: unknown;
	store: Store;
}

export interface RouteResult {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => RouteResult;

export interface Route {
	method: HttpMethod;
	/** OpenAPI-style template, e.g. /v3/contacts/{id}. */
	path: string;
	/** The operationId in the spec; used to find the operation when its path template differs. */
	operationId: string;
	/** Prefix of this resource's error codes, e.g. `contact` → contact.notFound. */
	resource: string;
	/** Counts towards the loop guard (paged or otherwise repeatable read). */
	list?: boolean;
	/** Business problem to send when the body fails only a root-level anyOf of the spec. */
	anyOfProblem?: { code: string; detail: string };
	/** Business checks the API makes before schema validation (e.g. import's size limit). */
	precheck?: (ctx: RouteContext) => void;
	/** Schema errors at these pointers are reported per item by the handler instead of failing the request. */
	perItemPointers?: RegExp;
	handle: Handler;
}

export interface RouteMatch {
	route: Route;
	params: Record<string, string>;
}

export const ok = (body: unknown): RouteResult => ({ status: 200, body });
export const created = (body: unknown): RouteResult => ({ status: 201, body });
export const noContent = (): RouteResult => ({ status: 204 });

export function splitPath(path: string): string[] {
	return path.split('/').filter((s) => s !== '');
}

/** Matches a request path against templates, preferring literal segments over parameters (…/filter before …/{id}). */
interface CompiledRoute {
	route: Route;
	segments: string[];
	literals: number;
}

export class Router {
	private readonly compiled: CompiledRoute[];

	constructor(routes: Route[]) {
		this.compiled = routes.map((route) => {
			const segments = splitPath(route.path);
			return { route, segments, literals: segments.filter((s) => !isParam(s)).length };
		});
	}

	/** Returns the match, or the methods the path allows (empty when no template fits at all). */
	match(method: string, path: string): { match?: RouteMatch; allowed: string[] } {
		const parts = splitPath(path);
		const candidates = this.compiled
			.map((c) => ({ c, params: bind(c.segments, parts) }))
			.filter((x): x is { c: CompiledRoute; params: Record<string, string> } => x.params !== null)
			.sort((a, b) => b.c.literals - a.c.literals);
		const hit = candidates.find((x) => x.c.route.method === method);
		if (hit) return { match: { route: hit.c.route, params: hit.params }, allowed: [] };
		return { allowed: [...new Set(candidates.map((x) => x.c.route.method))] };
	}
}

function isParam(segment: string): boolean {
	return segment.startsWith('{') && segment.endsWith('}');
}

function bind(template: string[], parts: string[]): Record<string, string> | null {
	if (template.length !== parts.length) return null;
	const params: Record<string, string> = {};
	for (let i = 0; i < template.length; i++) {
		const t = template[i];
		if (isParam(t)) params[t.slice(1, -1)] = safeDecode(parts[i]);
		else if (t !== parts[i]) return null;
	}
	return params;
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
