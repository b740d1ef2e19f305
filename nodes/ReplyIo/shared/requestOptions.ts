/**
 * Rate-limit settings, added to n8n's own "Request Options" collection (node Settings tab, next to
 * Batching, Proxy and Timeout): n8n merges options declared under the name `requestOptions` into
 * the collection it adds to every declarative node, so they apply to every operation without a
 * second options collection in each one.
 */
import type { INodeProperties } from 'n8n-workflow';
import { runState } from './runState';
import { Throttle } from './throttle';

/** Reply.io's limit (seed 004): 100 requests per minute per user. */
export const DEFAULT_THROTTLE = { maxRequests: 100, perSeconds: 60 };
export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export const requestOptionsDescription: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Rate Limit Wait (Seconds)',
			name: 'maxRateLimitWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				'When Reply.io answers 429 (rate limit), wait as long as its Retry-After says and send the request again, up to this many seconds in total per request; then the item fails',
		},
		{
			displayName: 'Throttle',
			name: 'throttle',
			type: 'fixedCollection',
			placeholder: 'Add Throttle',
			typeOptions: { multipleValues: false },
			default: { limit: {} },
			description:
				'Most requests this node sends in any period, counted over all items, pages and retries of one run. Without this option: 100 per 60 seconds, Reply.io\'s limit. Max Requests 0 turns it off.',
			options: [
				{
					displayName: 'Limit',
					name: 'limit',
					values: [
						{
							displayName: 'Max Requests',
							name: 'maxRequests',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 100,
							description: 'Most requests per period; 0 turns the throttle off',
						},
						{
							displayName: 'Per Seconds',
							name: 'perSeconds',
							type: 'number',
							typeOptions: { minValue: 0.001 },
							default: 60,
							description: 'Length of the period in seconds',
						},
					],
				},
			],
		},
	],
};

export interface RateLimitSettings {
	maxRateLimitWaitMs: number;
	throttle: { maxRequests: number; perSeconds: number };
}

interface StoredRequestOptions {
	maxRateLimitWait?: number;
	throttle?: { limit?: { maxRequests?: number; perSeconds?: number } };
}

/** Only the node-run contexts (items, pages) carry the settings and a run; dropdown searches do not. */
interface RunContext {
	getNodeParameter(name: string, fallback: unknown): unknown;
	getExecuteData(): object | undefined;
}

function isRunContext(ctx: object): ctx is RunContext {
	return 'getExecuteData' in ctx && 'getItemIndex' in ctx;
}

function stored(ctx: object): StoredRequestOptions {
	return isRunContext(ctx) ? ((ctx.getNodeParameter('requestOptions', {}) ?? {}) as StoredRequestOptions) : {};
}

function positive(value: unknown, fallback: number): number {
	const n = Number(value);
	return value === undefined || value === null || value === '' || !Number.isFinite(n) || n < 0 ? fallback : n;
}

export function rateLimitSettings(ctx: object): RateLimitSettings {
	const options = stored(ctx);
	const limit = options.throttle?.limit ?? {};
	return {
		maxRateLimitWaitMs: positive(options.maxRateLimitWait, DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS) * 1000,
		throttle: {
			maxRequests: Math.floor(positive(limit.maxRequests, DEFAULT_THROTTLE.maxRequests)),
			perSeconds: positive(limit.perSeconds, DEFAULT_THROTTLE.perSeconds) || DEFAULT_THROTTLE.perSeconds,
		},
	};
}

const throttles = new WeakMap<object, Throttle | null>();

/** The throttle of the node run `ctx` belongs to (one per run); null when it is off or outside a node run. */
export function runThrottle(ctx: object): Throttle | null {
	if (!isRunContext(ctx)) return null;
	return runState(throttles, ctx, () => {
		const { maxRequests, perSeconds } = rateLimitSettings(ctx).throttle;
		return maxRequests > 0 ? new Throttle(maxRequests, perSeconds * 1000) : null;
	});
}
