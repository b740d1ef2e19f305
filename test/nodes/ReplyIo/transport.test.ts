import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';
import { describeProblem, pointerToField } from '../../../nodes/ReplyIo/shared/errors';
import { retryAfterMs } from '../../../nodes/ReplyIo/shared/transport';

const api = useSandbox();
const getContact = (id: number, extra: { continueOnFail?: boolean } = {}) =>
	runNode({
		parameters: { resource: 'contact', operation: 'get', contactId: byId(id) } as never,
		credentials: api.credentials,
		...extra,
	});

describe('transport: retries and rate limits', () => {
	it('waits for Retry-After on 429 and sends the same request again', async () => {
		const contact = api.sandbox.store.addContact({ email: 'retry@acme.com' });
		api.sandbox.injectFault({ status: 429, retryAfter: 1, times: 1 });
		const started = Date.now();
		const [item] = await getContact(contact.id);
		expect(item.json).toMatchObject({ id: contact.id });
		expect(api.sandbox.requests.map((r) => r.status)).toEqual([429, 200]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	it('obeys the sandbox rate limiter (tiny window) without losing a request', async () => {
		const contact = api.sandbox.store.addContact({ email: 'limit@acme.com' });
		api.sandbox.setRateLimit({ perMinute: 2, minuteWindowMs: 1000 });
		const items = Array.from({ length: 4 }, () => ({ json: {} }));
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'get', contactId: byId(contact.id) } as never,
			credentials: api.credentials,
			items,
		});
		expect(output).toHaveLength(4);
		expect(output.every((o) => o.json.id === contact.id)).toBe(true);
		expect(api.sandbox.requests.filter((r) => r.status === 200)).toHaveLength(4);
		expect(api.sandbox.requests.some((r) => r.status === 429)).toBe(true);
	});

	it('retries a GET after a 503, but never repeats a create after a 500', async () => {
		const contact = api.sandbox.store.addContact({ email: 'flaky@acme.com' });
		api.sandbox.injectFault({ status: 503, times: 1, match: { method: 'GET' } });
		await getContact(contact.id);
		expect(api.sandbox.requests.map((r) => r.status)).toEqual([503, 200]);

		api.sandbox.clearRequests();
		api.sandbox.injectFault({ status: 500, times: 1, match: { method: 'POST' } });
		await expect(
			runNode({
				parameters: { resource: 'contact', operation: 'create', email: 'once@acme.com' } as never,
				credentials: api.credentials,
			}),
		).rejects.toThrow('Reply.io 500');
		expect(api.sandbox.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 500']);
	});
});

describe('errors', () => {
	it('401 says to check the key and never shows it', async () => {
		const keyThatMustNotLeak = ['sk', 'very', 'private', 'key', '123'].join('-');
		const error = await runNode({
			parameters: { resource: 'contact', operation: 'get', contactId: byId(1) } as never,
			credentials: { ...api.credentials, apiKey: keyThatMustNotLeak },
		}).catch((e: Error & { description?: string }) => e);
		expect(error).toBeInstanceOf(Error);
		const text = `${(error as Error).message} ${(error as { description?: string }).description} ${JSON.stringify(error)}`;
		expect((error as Error).message).toMatch(/^Reply\.io 401/);
		expect((error as { description?: string }).description).toContain('Check the API key');
		expect(text).not.toContain(keyThatMustNotLeak);
	});

	it('Continue On Fail returns the error for the failed item and the result for the others, in order', async () => {
		const a = api.sandbox.store.addContact({ email: 'a@acme.com' });
		const items = [{ json: { id: a.id } }, { json: { id: 987654 } }, { json: { id: a.id } }];
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'get', contactId: byId('={{ $json.id }}') } as never,
			credentials: api.credentials,
			items,
			continueOnFail: true,
		});
		expect(output).toHaveLength(3);
		expect(output[0].json.id).toBe(a.id);
		expect(String((output[1] as { error?: Error }).error?.message)).toMatch(/404 \[contact\.notFound\]/);
		expect(output[2].json.id).toBe(a.id);
	});

	it('maps problem+json to one readable message (pure)', () => {
		expect(
			describeProblem(400, {
				title: 'One or more validation errors occurred.',
				status: 400,
				errors: [
					{ pointer: '/email', detail: 'Value has an invalid format.' },
					{ pointer: '/customFields/0/key', detail: 'Field is required.' },
				],
			}).message,
		).toBe('Reply.io 400: email: Value has an invalid format.; customFields[0].key: Field is required.');
		expect(describeProblem(409, { title: 'Conflict', detail: 'Name exists', code: 'contactsList.duplicateName' }).message).toBe(
			'Reply.io 409 [contactsList.duplicateName]: Name exists',
		);
		expect(describeProblem(502, '<html><body><h1>Bad gateway</h1></body></html>').message).toBe('Reply.io 502: Bad gateway');
		expect(pointerToField('')).toBe('body');
		expect(pointerToField('top')).toBe('top');
	});

	it('reads Retry-After as seconds or as an HTTP date', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryAfterMs('7', now)).toBe(7000);
		expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30000);
		expect(retryAfterMs(undefined, now)).toBeUndefined();
	});
});

describe('no answer at all', () => {
	it('a dropped connection on a GET is retried; on a POST it is reported, not repeated', async () => {
		const contact = api.sandbox.store.addContact({ email: 'drop@acme.com' });
		api.sandbox.injectFault({ dropConnection: true, times: 1, match: { method: 'GET' } });
		const [item] = await getContact(contact.id);
		expect(item.json.id).toBe(contact.id);

		api.sandbox.clearRequests();
		api.sandbox.injectFault({ dropConnection: true, times: 1, match: { method: 'POST' } });
		await expect(
			runNode({
				parameters: { resource: 'contact', operation: 'create', email: 'dropped@acme.com' } as never,
				credentials: api.credentials,
			}),
		).rejects.toThrow(`Could not reach Reply.io at ${api.sandbox.url}/v4/contacts`);
		expect(api.sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
	});
});
