/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling, not part of the package (files: dist): a closed port, timers, util.inspect */
/**
 * Faults between n8n and Reply.io (sandbox fault injection): what is retried, what is not, and
 * that every input item comes out, as a result or as an error saying what happened.
 * docs/reliability.md lists these rows; keep the two in step.
 */
import type { INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { createServer } from 'node:net';
import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();

const HTML_502 = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

function contacts(n: number): number[] {
	return Array.from({ length: n }, (_, i) => api.sandbox.store.addContact({ email: `c${i}@acme.com` }).id);
}

/** Get one contact per input item, with Continue On Fail. */
function getEach(ids: number[], requestOptions: Record<string, unknown> = {}) {
	return runNode({
		parameters: { resource: 'contact', operation: 'get', contactId: byId('={{ $json.id }}'), requestOptions } as never,
		credentials: api.credentials,
		items: ids.map((id) => ({ json: { id } })),
		continueOnFail: true,
	});
}

/** Create one contact per input item, with Continue On Fail. */
function createEach(n: number, requestOptions: Record<string, unknown> = {}) {
	return runNode({
		parameters: { resource: 'contact', operation: 'create', email: '={{ $json.email }}', requestOptions } as never,
		credentials: api.credentials,
		items: Array.from({ length: n }, (_, i) => ({ json: { email: `new${i}@acme.com` } })),
		continueOnFail: true,
	});
}

const errors = (output: INodeExecutionData[]) => output.filter((o) => o.error).map((o) => o.error as NodeApiError);
const posts = () => api.sandbox.requests.filter((r) => r.method === 'POST');
const path = (id: number) => `/v3/contacts/${id}`;

describe('malformed and truncated JSON with a success status', () => {
	it('a read with a truncated body is sent again and then succeeds; items in = items out', async () => {
		const ids = contacts(3);
		api.sandbox.injectFault({ status: 200, body: '{"id": 1, "email": "c1@acme', contentType: 'application/json', match: { path: path(ids[1]) } });
		const output = await getEach(ids);
		expect(output.map((o) => o.json.id)).toEqual(ids);
		expect(api.sandbox.requests.filter((r) => r.path === path(ids[1])).map((r) => r.status)).toEqual([200, 200]);
	});

	it('a read that keeps answering garbage fails that item after 3 retries, naming the problem; the others succeed', async () => {
		const ids = contacts(3);
		api.sandbox.injectFault({ status: 200, body: 'Service temporarily degraded', contentType: 'application/json', times: Infinity, match: { path: path(ids[1]) } });
		const output = await getEach(ids);
		expect(output).toHaveLength(3);
		expect([output[0].json.id, output[2].json.id]).toEqual([ids[0], ids[2]]);
		const [error] = errors(output);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.context.itemIndex).toBe(1);
		expect(error.message).toBe('Reply.io answered 200 but the body is not valid JSON (truncated or malformed): "Service temporarily degraded"');
		expect(error.description).toContain('Tried 4 times');
		expect(api.sandbox.requests.filter((r) => r.path === path(ids[1]))).toHaveLength(4);
	});

	it('a create answered with malformed JSON is not sent again, and the error says it may have been carried out', async () => {
		api.sandbox.injectFault({ status: 201, body: '{"id": 12, "email": ', contentType: 'application/json', match: { method: 'POST' } });
		const output = await createEach(3);
		expect(output).toHaveLength(3);
		expect(posts()).toHaveLength(3); // one per item, none repeated
		const [error] = errors(output);
		expect(errors(output)).toHaveLength(1);
		expect(error.message).toMatch(/^Reply\.io answered 201 but the body is not valid JSON \(truncated or malformed\): "\{\\"id\\": 12/);
		expect(error.description).toContain('may have been carried out, so it is not repeated automatically');
		expect(output.filter((o) => !o.error).every((o) => typeof o.json.id === 'number')).toBe(true);
	});
});

describe('answers cut off in transit (headers sent, body incomplete, connection closed)', () => {
	it('a read cut off mid-body is sent again and succeeds; items in = items out', async () => {
		const ids = contacts(3);
		api.sandbox.injectFault({ cutAfterBytes: 10, match: { path: path(ids[0]) } });
		const output = await getEach(ids);
		expect(output.map((o) => o.json.id)).toEqual(ids);
		expect(api.sandbox.requests.filter((r) => r.path === path(ids[0]))).toHaveLength(2);
	});

	it('a create whose answer is cut off is not sent again; it did happen, and the error says it may have', async () => {
		api.sandbox.injectFault({ cutAfterBytes: 10, match: { method: 'POST' } });
		const output = await createEach(3);
		expect(output).toHaveLength(3);
		expect(posts()).toHaveLength(3);
		const [error] = errors(output);
		expect(errors(output)).toHaveLength(1);
		expect(error.message).toBe(`Reply.io's answer from ${api.sandbox.url}/v4/contacts broke off before it was complete`);
		expect(error.description).toContain('not repeated automatically, because it may have reached Reply.io');
		expect(api.sandbox.store.contacts.size).toBe(3);
	});
});

describe('5xx and HTML error pages', () => {
	it('a read answered 502 with an HTML page is retried and succeeds', async () => {
		const ids = contacts(3);
		api.sandbox.injectFault({ status: 502, body: HTML_502, contentType: 'text/html', times: 2, match: { path: path(ids[2]) } });
		const output = await getEach(ids);
		expect(output.map((o) => o.json.id)).toEqual(ids);
		expect(api.sandbox.requests.filter((r) => r.path === path(ids[2])).map((r) => r.status)).toEqual([502, 502, 200]);
	});

	it('creates answered 502 / 503 / 500 are each sent once and fail with the status; items in = items out', async () => {
		api.sandbox.injectFault({ status: 502, body: HTML_502, contentType: 'text/html', times: 1, match: { method: 'POST' } });
		api.sandbox.injectFault({ status: 503, times: 1, match: { method: 'POST' } });
		api.sandbox.injectFault({ status: 500, times: 1, match: { method: 'POST' } });
		const output = await createEach(4);
		expect(output).toHaveLength(4);
		expect(posts()).toHaveLength(4);
		expect(errors(output).map((e) => e.message.slice(0, 12)).sort()).toEqual(['Reply.io 500', 'Reply.io 502', 'Reply.io 503']);
		expect(errors(output).find((e) => e.httpCode === '502')?.message).toBe('Reply.io 502: 502 Bad Gateway');
		expect(api.sandbox.store.contacts.size).toBe(1);
	});
});

describe('slow answers beyond the Timeout', () => {
	it('a read that times out is sent again and succeeds', async () => {
		const ids = contacts(2);
		api.sandbox.injectFault({ delayMs: 1500, match: { path: path(ids[0]) } });
		const output = await getEach(ids, { timeout: 300 });
		expect(output.map((o) => o.json.id)).toEqual(ids);
		expect(api.sandbox.requests.filter((r) => r.path === path(ids[0]))).toHaveLength(2);
		await new Promise((resolve) => setTimeout(resolve, 1300)); // let the sandbox finish the slow one
	});

	it('a create that times out is not sent again; the error names the Timeout and the risk', async () => {
		api.sandbox.injectFault({ delayMs: 1500, match: { method: 'POST' } });
		const output = await createEach(2, { timeout: 300 });
		expect(output).toHaveLength(2);
		const [error] = errors(output);
		expect(errors(output)).toHaveLength(1);
		expect(error.message).toMatch(/^Could not reach Reply\.io at http:\/\/127\.0\.0\.1:\d+\/v4\/contacts \(timed out\)$/);
		expect(error.description).toContain('No answer within the Timeout of 300 ms (Settings › Request Options)');
		expect(error.description).toContain('not repeated automatically, because it may have reached Reply.io');
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(posts()).toHaveLength(2);
		// The slow create did reach the sandbox: exactly why it must not be sent twice.
		expect(api.sandbox.store.contacts.size).toBe(2);
	});
});

describe('no answer at all', () => {
	it('a dropped connection fails the read after 3 retries, the create at once; items in = items out', async () => {
		const ids = contacts(3);
		api.sandbox.injectFault({ dropConnection: true, times: Infinity, match: { path: path(ids[1]) } });
		const output = await getEach(ids);
		expect(output).toHaveLength(3);
		expect(errors(output).map((e) => [e.context.itemIndex, e.message])).toEqual([
			[1, `Could not reach Reply.io at ${api.sandbox.url}${path(ids[1])} (connection reset)`],
		]);
		expect(api.sandbox.requests.filter((r) => r.path === path(ids[1]))).toHaveLength(4);

		api.sandbox.clearFaults();
		api.sandbox.clearRequests();
		api.sandbox.injectFault({ dropConnection: true, times: 1, match: { method: 'POST' } });
		const created = await createEach(3);
		expect(created).toHaveLength(3);
		expect(errors(created)).toHaveLength(1);
		expect(posts()).toHaveLength(3);
	});

	it('connection refused (nothing listening) is reported per item with the address', async () => {
		const closedPort = await new Promise<number>((resolve) => {
			const server = createServer();
			server.listen(0, '127.0.0.1', () => {
				const { port } = server.address() as { port: number };
				server.close(() => resolve(port));
			});
		});
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'get', contactId: byId('={{ $json.id }}') } as never,
			credentials: { ...api.credentials, baseUrl: `http://127.0.0.1:${closedPort}` },
			items: [{ json: { id: 1 } }, { json: { id: 2 } }],
			continueOnFail: true,
		});
		expect(output).toHaveLength(2);
		expect(errors(output).map((e) => e.message)).toEqual([1, 2].map((id) => `Could not reach Reply.io at http://127.0.0.1:${closedPort}/v3/contacts/${id} (connection refused)`));
		expect(errors(output)[0].description).toContain('Tried 4 times');
	});
});

describe('429 storms', () => {
	it('a storm that passes within the Max Rate Limit Wait: every item succeeds, each create is carried out once', async () => {
		api.sandbox.injectFault({ status: 429, retryAfter: 1, times: 3 });
		const output = await createEach(3);
		expect(output).toHaveLength(3);
		expect(errors(output)).toHaveLength(0);
		// A 429 is refused before it is processed, so sending the create again is safe.
		expect(posts().map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
		expect(api.sandbox.store.contacts.size).toBe(3);
	});

	it('a storm that outlasts the Max Rate Limit Wait fails every item with a clear reason; none is lost', async () => {
		api.sandbox.injectFault({ status: 429, retryAfter: 1, times: Infinity });
		const output = await createEach(3, { maxRateLimitWait: 2 });
		expect(output).toHaveLength(3);
		expect(errors(output)).toHaveLength(3);
		for (const error of errors(output)) {
			expect(error.message).toMatch(/^Reply\.io 429: .*\(gave up after waiting 2 s in total for the rate limit to reset\)$/);
			expect(error.description).toContain('the Max Rate Limit Wait (Settings › Request Options) allows 2 s per request');
		}
		expect(api.sandbox.store.contacts.size).toBe(0);
	});

	it('Retry-After: 0 is read as 1 s, so an endless storm still ends at the Max Rate Limit Wait', async () => {
		const [id] = contacts(1);
		api.sandbox.injectFault({ status: 429, retryAfter: 0, times: Infinity });
		const started = Date.now();
		const output = await getEach([id], { maxRateLimitWait: 2 });
		expect(errors(output)).toHaveLength(1);
		expect(api.sandbox.requests).toHaveLength(3);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
	});
});
