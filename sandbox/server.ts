/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- the sandbox is a local test server, not part of the package (files: dist) */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { FaultQueue } from './faults';
import {
	flattenHeaders,
	JSON_CONTENT_TYPE,
	parseJsonBody,
	PROBLEM_CONTENT_TYPE,
	readBody,
	send,
} from './http';
import { OpenApiSpec } from './openapi';
import { ApiProblem, bareProblem, businessProblem, DETAIL, validationProblem } from './problems';
import { RateLimiter } from './rateLimit';
import { Router, type HttpMethod, type RouteContext, type RouteMatch } from './router';
import { allRoutes } from './routes';
import { Store } from './store';
import type { FaultSpec, RateLimitConfig, RecordedRequest, Sandbox, SandboxOptions } from './types';

export type { FaultSpec, RateLimitConfig, RecordedRequest, Sandbox, SandboxOptions } from './types';
export { Store } from './store';

export const DEFAULT_API_KEY = 'test-api-key';
export const DEFAULT_MAX_LIST_REQUESTS = 10_000;
export const DEFAULT_SPEC_PATH = resolve(__dirname, '../spec/reply.openapi.yaml');

/** Starts a fake Reply.io API on 127.0.0.1 (an ephemeral port unless `port` is given). */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const sandbox = new ReplySandbox(options);
	await sandbox.listen(options.port ?? 0);
	return sandbox;
}

interface Reply {
	status: number;
	body?: unknown;
	contentType?: string;
	headers?: Record<string, string>;
}

const DROP = Symbol('drop connection');

class ReplySandbox implements Sandbox {
	readonly apiKey: string;
	readonly store: Store;
	readonly requests: RecordedRequest[] = [];
	readonly specWarnings: string[] = [];
	port = 0;

	private readonly server: Server;
	private readonly limiter: RateLimiter;
	private readonly faults = new FaultQueue();
	/** Requests whose answer a fault cuts off after this many body bytes. */
	private readonly cuts = new WeakMap<RecordedRequest, number>();
	private readonly router = new Router(allRoutes);
	private readonly spec: OpenApiSpec | null;
	private readonly maxListRequests: number;
	private readonly timers = new Set<NodeJS.Timeout>();
	private listRequests = 0;

	constructor(options: SandboxOptions) {
		this.apiKey = options.apiKey ?? DEFAULT_API_KEY;
		this.store = new Store(options.now);
		this.limiter = new RateLimiter(options.rateLimit ?? {});
		this.maxListRequests = options.maxListRequests ?? DEFAULT_MAX_LIST_REQUESTS;
		const specPath = options.specPath ?? DEFAULT_SPEC_PATH;
		this.spec = specPath === false ? null : OpenApiSpec.load(specPath, this.specWarnings);
		this.server = createServer((req, res) => {
			// A bug outside the handlers' own try (reading the body, writing the answer) must still
			// answer, or the client would wait for its timeout.
			this.handle(req, res).catch((error: unknown) => {
				if (res.headersSent) return void res.destroy();
				res.writeHead(500, { 'Content-Type': PROBLEM_CONTENT_TYPE });
				res.end(JSON.stringify(toReply(error).body));
			});
		});
	}

	get url(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	listen(port: number): Promise<void> {
		return new Promise((resolveListen, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, '127.0.0.1', () => {
				this.port = (this.server.address() as AddressInfo).port;
				resolveListen();
			});
		});
	}

	reset(): void {
		this.store.reset();
		this.clearRequests();
		this.limiter.reset();
		this.faults.clear();
		this.listRequests = 0;
	}

	clearRequests(): void {
		// Emptied in place so references held by tests stay live.
		this.requests.length = 0;
	}

	setRateLimit(config: RateLimitConfig | false): void {
		this.limiter.configure(config);
	}

	injectFault(fault: FaultSpec): void {
		this.faults.add(fault);
	}

	clearFaults(): void {
		this.faults.clear();
	}

	close(): Promise<void> {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		this.server.closeAllConnections();
		return new Promise((resolveClose) => this.server.close(() => resolveClose()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const raw = await readBody(req);
		const parsed = parseJsonBody(raw);
		const record: RecordedRequest = {
			method: (req.method ?? 'GET').toUpperCase(),
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: flattenHeaders(req.headers),
			body: parsed.ok ? parsed.value : raw,
			status: 0,
			receivedAt: Date.now(),
		};
		this.requests.push(record);

		let reply: Reply | typeof DROP;
		try {
			reply = await this.process(record, raw, parsed.ok);
		} catch (error) {
			reply = toReply(error);
		}
		if (reply === DROP) {
			req.socket.destroy();
			return;
		}
		record.status = reply.status;
		const contentType =
			reply.contentType ?? (reply.status >= 400 ? PROBLEM_CONTENT_TYPE : JSON_CONTENT_TYPE);
		const cut = this.cuts.get(record);
		if (cut !== undefined) {
			sendCut(res, reply.status, reply.body, contentType, reply.headers, cut);
			return;
		}
		send(res, reply.status, reply.body, contentType, reply.headers);
	}

	/** The middleware order of the real API: auth, (faults), rate limit, routing, binding/validation, handler. */
	private async process(
		record: RecordedRequest,
		raw: string,
		bodyIsJson: boolean,
	): Promise<Reply | typeof DROP> {
		if (!this.isAuthorized(record.headers)) {
			throw bareProblem(
				401,
				'Missing or invalid API key. Send "X-API-Key: <key>" or "Authorization: Bearer <key>".',
				{
					'WWW-Authenticate': 'Bearer',
				},
			);
		}

		const fault = this.faults.take(record.method, record.path);
		if (fault) {
			if (fault.cutAfterBytes !== undefined) this.cuts.set(record, fault.cutAfterBytes);
			if (fault.delayMs) await this.sleep(fault.delayMs);
			if (fault.dropConnection) return DROP;
			if (fault.status !== undefined) return faultReply(fault);
		}

		const wait = this.limiter.take(Date.now());
		if (wait !== null) {
			throw bareProblem(429, `Rate limit exceeded. Retry after ${wait} seconds.`, {
				'Retry-After': String(wait),
			});
		}

		const path = normalizePath(record.path);
		const { match, allowed } = this.router.match(record.method, path);
		if (!match) {
			if (allowed.length > 0)
				throw bareProblem(405, `Method ${record.method} is not allowed on ${path}.`, {
					Allow: allowed.join(', '),
				});
			throw bareProblem(404, `No endpoint matches ${record.method} ${path}.`);
		}
		if (match.route.list && ++this.listRequests > this.maxListRequests) {
			// Loop guard: a paginator that never stops gets a hard error instead of hanging the test.
			throw bareProblem(
				500,
				`Sandbox loop guard: more than ${this.maxListRequests} list requests since the last reset.`,
			);
		}

		const contentType = record.headers['content-type'];
		if (raw.trim() !== '' && contentType && !/json/i.test(contentType))
			throw bareProblem(
				415,
				`Content type '${contentType}' is not supported; send application/json.`,
			);
		if (!bodyIsJson) throw validationProblem([{ pointer: '', detail: DETAIL.invalidJson }]);

		const ctx: RouteContext = {
			method: record.method as HttpMethod,
			path,
			params: match.params,
			query: record.query,
			body: record.body,
			store: this.store,
		};
		match.route.precheck?.(ctx);
		this.validate(match, record.query, record.body);
		return match.route.handle(ctx);
	}

	private isAuthorized(headers: Record<string, string>): boolean {
		const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
		return headers['x-api-key'] === this.apiKey || bearer === this.apiKey;
	}

	/** Schema validation from the spec; operations the spec does not (yet) describe are not validated. */
	private validate(match: RouteMatch, query: Record<string, string>, body: unknown): void {
		const op = this.spec?.find(match.route.method, match.route.path, match.route.operationId);
		if (!this.spec || !op) return;
		const check = this.spec.checkRequest(op, {
			pathValues: Object.values(match.params),
			query,
			body,
			// Paging bounds are answered with a business problem by the handlers.
			skipQuery: ['top', 'skip'],
		});
		const perItem = match.route.perItemPointers;
		const errors = perItem ? check.errors.filter((e) => !perItem.test(e.pointer)) : check.errors;
		if (errors.length === 0) return;
		const anyOf = match.route.anyOfProblem;
		if (check.onlyRootAnyOf && anyOf) throw businessProblem(400, anyOf.code, anyOf.detail);
		throw validationProblem(errors);
	}

	private sleep(ms: number): Promise<void> {
		return new Promise((resolveSleep) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolveSleep();
			}, ms);
			this.timers.add(timer);
		});
	}
}

function toReply(error: unknown): Reply {
	if (error instanceof ApiProblem)
		return { status: error.status, body: error.body, headers: error.headers };
	const detail = `Sandbox error: ${error instanceof Error ? error.message : String(error)}`;
	return { status: 500, body: bareProblem(500, detail).body };
}

/** Headers with the full Content-Length, then only the first `bytes` of the body, then the socket closes. */
function sendCut(
	res: ServerResponse,
	status: number,
	body: unknown,
	contentType: string,
	headers: Record<string, string> | undefined,
	bytes: number,
): void {
	const text = Buffer.from(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
	res.statusCode = status;
	for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
	res.setHeader('Content-Type', contentType);
	res.setHeader('Content-Length', String(text.length));
	res.write(text.subarray(0, bytes), () => res.destroy());
}

function faultReply(fault: FaultSpec): Reply {
	const status = fault.status as number;
	const headers: Record<string, string> = {};
	if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
	const body =
		fault.body !== undefined
			? fault.body
			: status >= 400
				? bareProblem(status, `Injected fault (${status}).`).body
				: undefined;
	return { status, body, headers, contentType: fault.contentType };
}

/** Collapses duplicate slashes and drops a trailing one, so `//v3/contacts/` routes like `/v3/contacts`. */
function normalizePath(path: string): string {
	const collapsed = path.replace(/\/{2,}/g, '/');
	return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}
