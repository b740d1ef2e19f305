/**
 * Reply.io answers errors as application/problem+json: `{title, status, detail}` plus either
 * `errors[{pointer, detail}]` (validation) or a stable `code` such as `contact.notFound`.
 * These helpers turn that into one message a workflow builder can act on.
 */
import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

export interface Problem {
	type?: string;
	title?: string;
	status?: number;
	detail?: string;
	code?: string;
	errors?: Array<{ pointer?: string; detail?: string }>;
}

/** `/items/0/email` → `items[0].email`; a bare route/query name stays as it is; "" → `body`. */
export function pointerToField(pointer: string | undefined): string {
	if (pointer === undefined || pointer === '') return 'body';
	if (!pointer.startsWith('/')) return pointer;
	return pointer
		.slice(1)
		.split('/')
		.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
		.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

export function asProblem(body: unknown): Problem {
	if (typeof body === 'string') {
		try {
			return asProblem(JSON.parse(body));
		} catch {
			// An HTML error page from a proxy or gateway: its title (or first heading) says it best.
			const heading = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1];
			const text = (heading ?? body).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
			return text ? { detail: text.slice(0, 300) } : {};
		}
	}
	return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Problem) : {};
}

const HINTS: Record<number, string> = {
	401: 'Check the API key in the Reply.io credential (and the "Send Key As" setting).',
	403: 'Check that the API key has the scope this operation needs and, for agency or team keys, that the Team ID is right.',
	404: 'Check the ID: the record may have been deleted or belong to another team.',
	409: 'The record conflicts with an existing one (for example a duplicate name).',
	429: 'Reply.io allows 100 requests per minute and 3,000 per hour per user.',
};

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Pure mapping, so it can be tested without n8n: status + body → message and description. */
export function describeProblem(status: number, body: unknown): { message: string; description: string } {
	const problem = asProblem(body);
	const title = problem.title ?? (status >= 500 ? 'Reply.io server error' : 'Request failed');
	const fieldErrors = (problem.errors ?? []).map((e) => `${pointerToField(e.pointer)}: ${e.detail ?? 'invalid'}`);
	const code = problem.code ? ` [${problem.code}]` : '';
	const what = fieldErrors.length ? fieldErrors.join('; ') : problem.detail ?? title;
	const message = `Reply.io ${status}${code}: ${what}`;
	// The message holds the most specific text; whatever else the problem says goes here.
	const description = [
		problem.title && problem.title !== what ? sentence(problem.title) : undefined,
		problem.detail && fieldErrors.length ? sentence(problem.detail) : undefined,
		HINTS[status] ?? (status >= 500 ? 'Reply.io had a problem on its side; try again later.' : undefined),
	]
		.filter(Boolean)
		.join(' ');
	return { message, description };
}

/**
 * A NodeApiError built only from the response body and status: the request (and with it the
 * API key header) never becomes part of the error.
 */
export function apiError(node: INode, status: number, body: unknown, itemIndex?: number): NodeApiError {
	const { message, description } = describeProblem(status, body);
	const problem = asProblem(body);
	const error = new NodeApiError(node, { ...problem, httpCode: String(status) } as unknown as JsonObject, {
		message,
		description,
		httpCode: String(status),
		itemIndex,
	});
	// n8n swaps any message containing a Node socket code for its own text, and Reply.io codes can
	// contain one by accident ("contact.sequenceNotFound" holds "ENOTFOUND"): keep ours.
	error.message = message;
	error.messages = error.messages.filter((m) => m !== message);
	return error;
}
