/**
 * Rate limits against the sandbox with a tiny window: the node run's throttle spaces out all
 * requests (items, pages, retries), 429 waits are bounded by the Max Rate Limit Wait option.
 */
import type { INodeParameters, INodeProperties } from 'n8n-workflow';
import type { RecordedRequest } from '../../../sandbox/types';
import { nodeType, runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';
import { DEFAULT_THROTTLE, rateLimitSettings } from '../../../nodes/ReplyIo/shared/requestOptions';
import { Throttle } from '../../../nodes/ReplyIo/shared/throttle';

const api = useSandbox();

const items = (n: number) => Array.from({ length: n }, () => ({ json: {} }));
const throttle = (maxRequests: number, perSeconds: number) => ({ throttle: { limit: { maxRequests, perSeconds } } });

function getContacts(id: number, n: number, requestOptions: INodeParameters, continueOnFail = false) {
	return runNode({
		parameters: { resource: 'contact', operation: 'get', contactId: byId(id), requestOptions } as never,
		credentials: api.credentials,
		items: items(n),
		continueOnFail,
	});
}

/** Most requests the sandbox received within any `windowMs`. */
function busiestWindow(requests: RecordedRequest[], windowMs: number): number {
	const times = requests.map((r) => r.receivedAt).sort((a, b) => a - b);
	let most = 0;
	for (let i = 0, j = 0; i < times.length; i++) {
		while (times[i] - times[j] >= windowMs) j++;
		most = Math.max(most, i - j + 1);
	}
	return most;
}

describe('throttle: one per node run', () => {
	it('keeps 20 concurrent items under a 5-per-500-ms limit: no 429, no failed item', async () => {
		const contact = api.sandbox.store.addContact({ email: 'paced@acme.com' });
		api.sandbox.setRateLimit({ perMinute: 5, minuteWindowMs: 500 });
		const started = Date.now();
		const output = await getContacts(contact.id, 20, throttle(5, 0.5), true);

		expect(output.filter((o) => o.error)).toEqual([]);
		expect(output.map((o) => o.json.id)).toEqual(Array(20).fill(contact.id));
		expect(api.sandbox.requests.map((r) => r.status)).toEqual(Array(20).fill(200));
		expect(busiestWindow(api.sandbox.requests, 500)).toBeLessThanOrEqual(5);
		// 20 requests at 5 per 500 ms: three full waits at least.
		expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
	});

	it('without it the same run bounces off the limit (429s) and only Retry-After saves the items', async () => {
		const contact = api.sandbox.store.addContact({ email: 'burst@acme.com' });
		api.sandbox.setRateLimit({ perMinute: 5, minuteWindowMs: 500 });
		const output = await getContacts(contact.id, 20, throttle(0, 60), true);

		expect(output.filter((o) => o.error)).toEqual([]);
		const statuses = api.sandbox.requests.map((r) => r.status);
		expect(statuses.filter((s) => s === 200)).toHaveLength(20);
		expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
	});

	it('counts pages of every item together', async () => {
		api.sandbox.store.seedContacts(2100);
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true, requestOptions: throttle(4, 0.4) } as never,
			credentials: api.credentials,
			items: items(3),
		});
		// 3 items × 3 pages of up to 1000.
		expect(output).toHaveLength(3 * 2100);
		expect(api.sandbox.requests.map((r) => r.query.skip)).toHaveLength(9);
		expect(api.sandbox.requests.every((r) => r.query.top === '1000')).toBe(true);
		expect(busiestWindow(api.sandbox.requests, 400)).toBeLessThanOrEqual(4);
		const times = api.sandbox.requests.map((r) => r.receivedAt);
		expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(800);
	});

	it('counts a retry as a request', async () => {
		const contact = api.sandbox.store.addContact({ email: 'retry@acme.com' });
		api.sandbox.injectFault({ status: 503, times: 1, match: { method: 'GET' } });
		await getContacts(contact.id, 1, throttle(1, 0.6));
		const [first, second] = api.sandbox.requests;
		expect([first.status, second.status]).toEqual([503, 200]);
		// The backoff alone is 500 ms; the throttle holds the retry until 600 ms after the 503 came back.
		expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(590);
	});

	it('is not shared between runs', async () => {
		const contact = api.sandbox.store.addContact({ email: 'fresh@acme.com' });
		const started = Date.now();
		await getContacts(contact.id, 2, throttle(2, 30));
		await getContacts(contact.id, 2, throttle(2, 30));
		expect(api.sandbox.requests).toHaveLength(4);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('hands out slots so that no window holds more than the limit (class)', async () => {
		const gate = new Throttle(3, 200);
		const starts: number[] = [];
		await Promise.all(
			Array.from({ length: 9 }, async () => {
				const release = await gate.acquire();
				starts.push(Date.now());
				release();
			}),
		);
		expect(starts).toHaveLength(9);
		expect(busiestWindow(starts.map((receivedAt) => ({ receivedAt }) as RecordedRequest), 200)).toBeLessThanOrEqual(3);
		expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThanOrEqual(390);
	});
});

describe('429: bounded wait', () => {
	it('waits Retry-After and resends until the Max Rate Limit Wait is used up, then says how long it waited', async () => {
		const contact = api.sandbox.store.addContact({ email: 'limited@acme.com' });
		api.sandbox.injectFault({ status: 429, retryAfter: 1, times: Infinity });
		const started = Date.now();
		const error = await getContacts(contact.id, 1, { maxRateLimitWait: 2 }).catch((e: Error & { description?: string }) => e);

		expect(Date.now() - started).toBeGreaterThanOrEqual(1950);
		expect(api.sandbox.requests.map((r) => r.status)).toEqual([429, 429, 429]);
		expect((error as Error).message).toMatch(/^Reply\.io 429.*gave up after waiting 2 s in total/);
		expect((error as { description?: string }).description).toContain('Max Rate Limit Wait');
		expect((error as { description?: string }).description).toContain('allows 2 s per request');
	});

	it('recovers when the limit resets within the wait, and keeps the message with Continue On Fail', async () => {
		const contact = api.sandbox.store.addContact({ email: 'recovers@acme.com' });
		api.sandbox.injectFault({ status: 429, retryAfter: 1, times: 1 });
		const [ok] = await getContacts(contact.id, 1, { maxRateLimitWait: 2 });
		expect(ok.json.id).toBe(contact.id);

		api.sandbox.clearRequests();
		api.sandbox.injectFault({ status: 429, retryAfter: 1, times: Infinity });
		const [failed] = await getContacts(contact.id, 1, { maxRateLimitWait: 0 }, true);
		expect(api.sandbox.requests).toHaveLength(1);
		expect(String((failed as { error?: Error }).error?.message)).toContain('gave up after waiting 0 s in total');
	});
});

describe('settings', () => {
	it('default to Reply.io\'s limit and a 120 s wait, and sit in n8n\'s Request Options next to Batching', () => {
		const outside = rateLimitSettings({});
		expect(outside).toEqual({ maxRateLimitWaitMs: 120_000, throttle: DEFAULT_THROTTLE });
		expect(DEFAULT_THROTTLE).toEqual({ maxRequests: 100, perSeconds: 60 });

		const requestOptions = nodeType.description.properties.filter((p) => p.name === 'requestOptions');
		expect(requestOptions).toHaveLength(1);
		expect(requestOptions[0].isNodeSetting).toBe(true);
		expect((requestOptions[0].options ?? []).map((o) => o.name)).toEqual([
			'batching',
			'allowUnauthorizedCerts',
			'maxRateLimitWait',
			'proxy',
			'throttle',
			'timeout',
		]);
		// What the editor fills in when the option is added is what applies when it is not.
		const byName = Object.fromEntries((requestOptions[0].options ?? []).map((o) => [o.name, o])) as Record<string, INodeProperties>;
		expect(byName.maxRateLimitWait.default).toBe(outside.maxRateLimitWaitMs / 1000);
		const limit = (byName.throttle.options as Array<{ values: INodeProperties[] }>)[0].values;
		expect(Object.fromEntries(limit.map((v) => [v.name, v.default]))).toEqual(DEFAULT_THROTTLE);
	});
});
