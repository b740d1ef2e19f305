/**
 * The one way this node talks to Reply.io: authenticated request, bounded retries, and errors
 * mapped from problem+json. Used by the routing executor, by hooks that need an extra call
 * (merge-before-PUT) and by dropdown methods.
 */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IExecuteFunctions,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';
import { apiError } from './errors';
import { rateLimitSettings, runThrottle } from './requestOptions';

export const CREDENTIAL_TYPE = 'replyIoApi';

export type ReplyContext = IExecuteSingleFunctions | IExecuteFunctions | ILoadOptionsFunctions;

export interface RetryPolicy {
	/** Longest total time to wait on 429 answers for one request before giving up (node option, default 120 s). */
	maxRateLimitWaitMs: number;
	/** Retries of an idempotent request after a 5xx answer or a connection error. */
	maxServerRetries: number;
	/** First backoff delay; doubles each retry. */
	backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRateLimitWaitMs: 120_000, maxServerRetries: 3, backoffMs: 500 };

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/**
 * Retry-After is documented as whole seconds, at least 1. A 0 (or a date already past) is read as
 * 1 s, so a storm of such answers still uses up the Max Rate Limit Wait instead of looping forever.
 */
const MIN_RATE_LIMIT_WAIT_MS = 1000;

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: unknown, now = Date.now()): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function itemIndexOf(ctx: ReplyContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}

/**
 * Drops what would make a GET carry a body or an empty query string. An empty JSON object on a
 * POST/PUT/PATCH (a filter with no criteria) is sent as the text `{}`: n8n's HTTP layer would
 * otherwise send no body at all, and Reply.io rejects a missing body.
 */
export function cleanRequest(options: IHttpRequestOptions): IHttpRequestOptions {
	const clean: IHttpRequestOptions = { ...options };
	const method = (clean.method ?? 'GET').toUpperCase();
	const emptyObject =
		typeof clean.body === 'object' && clean.body !== null && !Array.isArray(clean.body) && !Object.keys(clean.body).length;
	const emptyBody = clean.body === undefined || emptyObject;
	if (emptyBody && (method === 'GET' || method === 'DELETE' || method === 'HEAD')) delete clean.body;
	else if (emptyObject) {
		// As text the body is not recognised as JSON any more, so say what it is (dropdowns have no request defaults).
		clean.body = '{}';
		const headers = { ...clean.headers };
		if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
		clean.headers = headers;
	}
	if (clean.qs && !Object.keys(clean.qs).length) delete clean.qs;
	return clean;
}

/**
 * Sends one request with the policy above and returns the full response, or throws a NodeApiError.
 * Every attempt first takes a slot of the node run's throttle (requestOptions.ts).
 */
export async function replyRequest(
	this: ReplyContext,
	options: IHttpRequestOptions,
	policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxRateLimitWaitMs: rateLimitSettings(this).maxRateLimitWaitMs },
): Promise<IN8nHttpFullResponse> {
	const throttle = runThrottle(this);
	const request = cleanRequest({
		...options,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	});
	if (!request.baseURL) {
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		request.baseURL = String(credentials.baseUrl ?? 'https://api.reply.io').replace(/\/+$/, '');
	}
	const method = (request.method ?? 'GET').toUpperCase();
	let waitedForRateLimit = 0;
	let serverRetries = 0;

	for (;;) {
		let response: IN8nHttpFullResponse;
		const release = await throttle?.acquire();
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				request,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			release?.();
			// No (complete) HTTP answer: refused, reset, timeout, cut off. Only idempotent requests are retried:
			// a create may have reached Reply.io before the connection dropped.
			if (IDEMPOTENT.has(method) && serverRetries < policy.maxServerRetries) {
				await sleep(policy.backoffMs * 2 ** serverRetries++);
				continue;
			}
			throw connectionError(this, error, request, serverRetries);
		}
		release?.();
		const status = response.statusCode;
		if (status === 429) {
			const wait = Math.max(MIN_RATE_LIMIT_WAIT_MS, retryAfterMs(response.headers?.['retry-after']) ?? 0);
			if (waitedForRateLimit + wait <= policy.maxRateLimitWaitMs) {
				waitedForRateLimit += wait;
				await sleep(wait);
				continue;
			}
			const error = apiError(this.getNode(), status, response.body, itemIndexOf(this));
			error.message += ` (gave up after waiting ${seconds(waitedForRateLimit)} s in total for the rate limit to reset)`;
			error.description = [
				error.description,
				`Reply.io asked for another ${seconds(wait)} s; the Max Rate Limit Wait (Settings › Request Options) allows ${seconds(policy.maxRateLimitWaitMs)} s per request.`,
			]
				.filter(Boolean)
				.join(' ');
			throw error;
		}
		if (status >= 500 && IDEMPOTENT.has(method) && serverRetries < policy.maxServerRetries) {
			await sleep(policy.backoffMs * 2 ** serverRetries++);
			continue;
		}
		if (status >= 400) throw apiError(this.getNode(), status, response.body, itemIndexOf(this));
		if (!isJsonOrEmpty(response.body)) {
			// A success status with a cut-off or garbled body: the answer is lost, not empty.
			if (IDEMPOTENT.has(method) && serverRetries < policy.maxServerRetries) {
				await sleep(policy.backoffMs * 2 ** serverRetries++);
				continue;
			}
			throw unreadableAnswerError(this, status, String(response.body), method, serverRetries);
		}
		return response;
	}
}

/** n8n hands back the raw text when a body fails to parse as JSON; parsed bodies are objects. */
function isJsonOrEmpty(body: unknown): boolean {
	if (typeof body !== 'string' || body.trim() === '') return true;
	try {
		JSON.parse(body);
		return true;
	} catch {
		return false;
	}
}

function unreadableAnswerError(ctx: ReplyContext, status: number, body: string, method: string, retries: number): NodeApiError {
	const start = JSON.stringify(body.length > 60 ? `${body.slice(0, 60)}…` : body);
	return new NodeApiError(
		ctx.getNode(),
		{ message: 'unreadable answer' },
		{
			message: `Reply.io answered ${status} but the body is not valid JSON (truncated or malformed): ${start}`,
			description: IDEMPOTENT.has(method)
				? `Tried ${retries + 1} times. Try again later.`
				: 'The request reached Reply.io and may have been carried out, so it is not repeated automatically: check in Reply.io before running it again.',
			httpCode: String(status),
			itemIndex: itemIndexOf(ctx),
		},
	);
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host not found',
	EPIPE: 'connection closed',
	// axios: the body stream ended before Content-Length (the status is ignored, so this is the only cause here).
	ERR_BAD_RESPONSE: 'answer cut off',
};

/**
 * No HTTP answer. The message says where and what in words (n8n would otherwise replace a
 * message containing a raw socket code with its own generic text); the request, and with it the
 * key header, stays out of the error.
 */
function connectionError(ctx: ReplyContext, error: unknown, request: IHttpRequestOptions, retries: number): NodeApiError {
	const cause = error as { code?: string; cause?: { code?: string } };
	const code = cause.code ?? cause.cause?.code ?? '';
	const what = NETWORK_FAILURES[code] ?? 'no response';
	const where = `${request.baseURL ?? ''}${request.url}`;
	return new NodeApiError(
		ctx.getNode(),
		{ message: what },
		{
			message:
				what === 'answer cut off'
					? `Reply.io's answer from ${where} broke off before it was complete`
					: `Could not reach Reply.io at ${where} (${what})`,
			description: [
				what === 'timed out' && request.timeout
					? `No answer within the Timeout of ${request.timeout} ms (Settings › Request Options).`
					: undefined,
				retries
					? `Tried ${retries + 1} times. Check the Base URL in the credential and your network.`
					: 'A request that creates or changes data is not repeated automatically, because it may have reached Reply.io.',
			]
				.filter(Boolean)
				.join(' '),
			itemIndex: itemIndexOf(ctx),
		},
	);
}

/** JSON body of a response; Reply.io answers 204 with no body. */
export function responseBody(response: IN8nHttpFullResponse): IDataObject | IDataObject[] | undefined {
	const body = response.body as unknown;
	if (body === '' || body === undefined || body === null) return undefined;
	if (typeof body === 'string') {
		try {
			return JSON.parse(body) as IDataObject;
		} catch {
			return { body } as IDataObject;
		}
	}
	return body as IDataObject;
}
