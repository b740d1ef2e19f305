/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling, not part of the package (files: dist): a closed port, timers, util.inspect */
/**
 * The API key never appears in what a workflow (or its log) can see: every error case runs with
 * a distinctive key, and every output item, error message, description, serialized error and
 * console line is scanned for it.
 */
import { inspect } from 'node:util';
import { createServer } from 'node:net';
import type { INodeExecutionData } from 'n8n-workflow';
import { runNode } from '../../harness/routing';
import type { CredentialData } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const KEY = ['rk', 'live', 'Zq8Xw3', 'never', 'print', 'me'].join('_');
const WRONG_KEY = ['rk', 'wrong', 'Vt5Lp0', 'also', 'secret'].join('_');
const api = useSandbox({ rateLimit: false, apiKey: KEY });

const console_ = ['log', 'info', 'warn', 'error', 'debug'] as const;
let logged: string[] = [];
beforeEach(() => {
	logged = [];
	for (const method of console_) {
		jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			logged.push(args.map((a) => inspect(a, { depth: 8 })).join(' '));
		});
	}
});
afterEach(() => jest.restoreAllMocks());

/** Everything of one run a user, a later node or a log could see. */
function visibleText(output: INodeExecutionData[] | undefined, thrown: unknown): string {
	const parts: string[] = [...logged];
	const scanError = (error: unknown) => {
		if (!error) return;
		const e = error as { message?: string; description?: string; stack?: string };
		parts.push(String(e.message), String(e.description), String(e.stack), JSON.stringify(error), inspect(error, { depth: 8, showHidden: true }));
	};
	for (const item of output ?? []) {
		parts.push(JSON.stringify(item.json), inspect(item, { depth: 8 }));
		scanError(item.error);
	}
	scanError(thrown);
	return parts.join('\n');
}

interface Case {
	name: string;
	run: (credentials: CredentialData) => Promise<INodeExecutionData[]>;
	/** The key this case sends (the wrong one for 401). */
	key?: string;
}

const get = (credentials: CredentialData, id: number | string, extra: Record<string, unknown> = {}) =>
	runNode({
		parameters: { resource: 'contact', operation: 'get', contactId: byId(id), ...extra } as never,
		credentials,
		items: [{ json: {} }, { json: {} }],
		continueOnFail: true,
	});

const cases: Case[] = [
	{ name: '401 wrong key', key: WRONG_KEY, run: (c) => get({ ...c, apiKey: WRONG_KEY }, 1) },
	{
		name: '401 wrong key, sent as Bearer with a Team ID',
		key: WRONG_KEY,
		run: (c) => get({ ...c, apiKey: WRONG_KEY, authHeader: 'bearer', teamId: '7' }, 1),
	},
	{
		name: '403',
		run: (c) => {
			api.sandbox.injectFault({ status: 403, times: Infinity, body: { title: 'Forbidden', status: 403, detail: 'Wrong team.', code: 'contact.forbidden' } });
			return get(c, 1);
		},
	},
	{ name: '404', run: (c) => get(c, 424242) },
	{
		name: '500 after retries',
		run: (c) => {
			api.sandbox.injectFault({ status: 500, times: Infinity });
			return get(c, api.sandbox.store.addContact({ email: 'x@acme.com' }).id);
		},
	},
	{
		name: '500 on a create',
		run: (c) => {
			api.sandbox.injectFault({ status: 500, times: Infinity });
			return runNode({ parameters: { resource: 'contact', operation: 'create', email: 'a@acme.com' } as never, credentials: c, continueOnFail: true });
		},
	},
	{
		name: 'malformed JSON answer',
		run: (c) => {
			api.sandbox.injectFault({ status: 201, body: '{"id": ', contentType: 'application/json', match: { method: 'POST' } });
			return runNode({ parameters: { resource: 'contact', operation: 'create', email: 'a@acme.com' } as never, credentials: c, continueOnFail: true });
		},
	},
	{
		name: '429 given up',
		run: (c) => {
			api.sandbox.injectFault({ status: 429, retryAfter: 3600, times: Infinity });
			return get(c, 1);
		},
	},
	{
		name: 'timeout',
		run: async (c) => {
			api.sandbox.injectFault({ delayMs: 400, times: Infinity });
			const output = await runNode({
				parameters: { resource: 'contact', operation: 'create', email: 'slow@acme.com', requestOptions: { timeout: 100 } } as never,
				credentials: c,
				continueOnFail: true,
			});
			await new Promise((resolve) => setTimeout(resolve, 400));
			return output;
		},
	},
	{
		name: 'connection refused',
		run: async (c) => {
			const port = await new Promise<number>((resolve) => {
				const server = createServer().listen(0, '127.0.0.1', () => {
					const address = server.address() as { port: number };
					server.close(() => resolve(address.port));
				});
			});
			return get({ ...c, baseUrl: `http://127.0.0.1:${port}` }, 1);
		},
	},
	{
		name: 'validation error (nothing sent)',
		run: (c) => runNode({ parameters: { resource: 'contact', operation: 'create', email: 'not-an-email' } as never, credentials: c, continueOnFail: true }),
	},
	{ name: 'invalid id (nothing sent)', run: (c) => get(c, 'abc') },
];

describe('the API key never leaks', () => {
	it.each(cases.map((c) => [c.name, c] as const))('%s: not in output, errors or logs', async (_name, testCase) => {
		let output: INodeExecutionData[] | undefined;
		let thrown: unknown;
		try {
			output = await testCase.run(api.credentials);
		} catch (error) {
			thrown = error;
		}
		const failures = (output ?? []).filter((o) => o.error);
		expect(failures.length + (thrown ? 1 : 0)).toBeGreaterThan(0); // the case did fail
		const text = visibleText(output, thrown);
		expect(text).not.toContain(testCase.key ?? KEY);
		expect(text).not.toContain(KEY);
		// The sandbox did receive the key where a request was sent: the scan looks for a real value.
		for (const request of api.sandbox.requests) {
			expect(`${request.headers['x-api-key'] ?? ''}${request.headers.authorization ?? ''}`).toContain(testCase.key ?? KEY);
		}
	});

	it('the scan finds the key where it is (guards the scan itself)', () => {
		const leaky = new Error(`failed with ${KEY}`);
		expect(visibleText([{ json: { header: KEY } }], undefined)).toContain(KEY);
		expect(visibleText(undefined, leaky)).toContain(KEY);
	});
});
