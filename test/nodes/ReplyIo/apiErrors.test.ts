/**
 * Every documented error status, from the sandbox (real behaviour where it has it, injected
 * problem+json bodies otherwise), through the node to the NodeApiError a workflow sees.
 * docs/reliability.md lists these rows; keep the two in step.
 */
import { NodeApiError } from 'n8n-workflow';
import type { FaultSpec } from '../../../sandbox/server';
import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();

type Setup = () => { parameters: Record<string, unknown>; apiKey?: string };

interface Row {
	name: string;
	status: number;
	/** Injected answer; without it the sandbox answers by itself. */
	fault?: Omit<FaultSpec, 'status'>;
	setup: Setup;
	/** Parts of the message (status, code, title/detail, fields). */
	message: Array<string | RegExp>;
	/** Parts of the description (hints). */
	description?: Array<string | RegExp>;
	/** Requests the sandbox saw: 1 = not retried; 4 = three retries of an idempotent request. */
	requests: number;
}

const getContact: Setup = () => ({ parameters: { resource: 'contact', operation: 'get', contactId: byId(api.sandbox.store.addContact({ email: 'g@acme.com' }).id) } });
const createContact: Setup = () => ({ parameters: { resource: 'contact', operation: 'create', email: 'new@acme.com' } });
const problem = (status: number, fields: Record<string, unknown>) => ({
	body: { type: `https://api.reply.io/problems/${status}`, status, ...fields },
});

const rows: Row[] = [
	{
		name: '400 validation problem: each pointer becomes a field name',
		status: 400,
		fault: problem(400, {
			title: 'One or more validation errors occurred.',
			errors: [
				{ pointer: '/email', detail: 'Value has an invalid format.' },
				{ pointer: '/customFields/0/key', detail: 'Field is required.' },
			],
		}),
		setup: createContact,
		message: ['Reply.io 400: email: Value has an invalid format.; customFields[0].key: Field is required.'],
		description: ['One or more validation errors occurred.'],
		requests: 1,
	},
	{
		name: '400 validation problem on a route parameter and the whole body',
		status: 400,
		fault: problem(400, {
			title: 'One or more validation errors occurred.',
			errors: [
				{ pointer: 'id', detail: "'id' must be greater than 0." },
				{ pointer: '', detail: 'Request body is not valid JSON.' },
			],
		}),
		setup: getContact,
		message: ["Reply.io 400: id: 'id' must be greater than 0.; body: Request body is not valid JSON."],
		requests: 1,
	},
	{
		name: '400 business problem: the Reply.io code and detail',
		status: 400,
		fault: problem(400, { title: 'Bad Request', detail: 'Contact could not be added to the sequence.', code: 'contact.invalidInput' }),
		setup: () => ({
			parameters: { resource: 'contact', operation: 'moveToSequence', contactId: byId(api.sandbox.store.addContact({ email: 'm@acme.com' }).id), sequenceId: 1 },
		}),
		message: ['Reply.io 400 [contact.invalidInput]: Contact could not be added to the sequence.'],
		description: ['Bad Request.'],
		requests: 1,
	},
	{
		name: '401 (real sandbox: wrong key) says to check the API key',
		status: 401,
		setup: () => ({ ...getContact(), apiKey: 'wrong-key-401' }),
		message: [/^Reply\.io 401: Missing or invalid API key/],
		description: ['Check the API key in the Reply.io credential'],
		requests: 1,
	},
	{
		name: '403 says to check the key scope and the Team ID',
		status: 403,
		fault: problem(403, { title: 'Forbidden', detail: 'The API key lacks the contacts:write scope.', code: 'contact.forbidden' }),
		setup: createContact,
		message: ['Reply.io 403 [contact.forbidden]: The API key lacks the contacts:write scope.'],
		description: ['Forbidden.', 'scope', 'Team ID'],
		requests: 1,
	},
	{
		name: '404 (real sandbox: unknown id) with the code',
		status: 404,
		setup: () => ({ parameters: { resource: 'contact', operation: 'get', contactId: byId(987654) } }),
		message: [/^Reply\.io 404 \[contact\.notFound\]: /, '987654'],
		description: ['Check the ID'],
		requests: 1,
	},
	{
		name: '409 (real sandbox: duplicate list name) with the code',
		status: 409,
		setup: () => {
			api.sandbox.store.addContactList({ name: 'Hot Leads' });
			return { parameters: { resource: 'contactList', operation: 'create', name: 'Hot Leads' } };
		},
		message: ["Reply.io 409 [contactsList.duplicateName]: A contact list named 'Hot Leads' already exists."],
		description: ['conflicts with an existing one'],
		requests: 1,
	},
	{
		name: '422 business problem with the code',
		status: 422,
		fault: problem(422, { title: 'Unprocessable Entity', detail: 'The contact is opted out.', code: 'contact.optedOut' }),
		setup: () => ({
			parameters: { resource: 'contact', operation: 'addNote', contactId: byId(api.sandbox.store.addContact({ email: 'n@acme.com' }).id), notes: 'Hi' },
		}),
		message: ['Reply.io 422 [contact.optedOut]: The contact is opted out.'],
		description: ['Unprocessable Entity.'],
		requests: 1,
	},
	{
		name: '429 beyond the Max Rate Limit Wait: gives up at once and says why',
		status: 429,
		fault: { retryAfter: 3600, ...problem(429, { title: 'Too Many Requests', detail: 'Rate limit exceeded. Retry after 3600 seconds.' }) },
		setup: getContact,
		message: ['Reply.io 429: Rate limit exceeded. Retry after 3600 seconds.', 'gave up after waiting 0 s'],
		description: ['100 requests per minute', 'asked for another 3600 s', 'Max Rate Limit Wait', 'allows 120 s'],
		requests: 1,
	},
	{
		name: '500 on a create: not repeated',
		status: 500,
		fault: problem(500, { title: 'Internal Server Error', detail: 'An unexpected error occurred.' }),
		setup: createContact,
		message: ['Reply.io 500: An unexpected error occurred.'],
		description: ['Internal Server Error.', 'problem on its side'],
		requests: 1,
	},
	{
		name: '502 HTML page from a gateway on a read: retried 3 times, then its title',
		status: 502,
		fault: {
			times: Infinity,
			contentType: 'text/html',
			body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
		},
		setup: getContact,
		message: ['Reply.io 502: 502 Bad Gateway'],
		description: ['problem on its side'],
		requests: 4,
	},
	{
		name: '503 business problem on a delete: retried 3 times, then the code',
		status: 503,
		fault: { times: Infinity, ...problem(503, { title: 'Service Unavailable', detail: 'Reply.io is under maintenance.', code: 'service.maintenance' }) },
		setup: () => ({ parameters: { resource: 'contact', operation: 'delete', contactId: byId(api.sandbox.store.addContact({ email: 'd@acme.com' }).id) } }),
		message: ['Reply.io 503 [service.maintenance]: Reply.io is under maintenance.'],
		description: ['Service Unavailable.'],
		requests: 4,
	},
];

describe('Reply.io error answers → NodeApiError', () => {
	it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
		const { parameters, apiKey } = row.setup();
		if (row.fault) api.sandbox.injectFault({ status: row.status, ...row.fault });
		const error = await runNode({
			parameters: parameters as never,
			credentials: { ...api.credentials, ...(apiKey ? { apiKey } : {}) },
		}).then(
			() => undefined,
			(e: unknown) => e as NodeApiError,
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error!.httpCode).toBe(String(row.status));
		for (const part of row.message) expect(error!.message).toMatch(part);
		for (const part of row.description ?? []) expect(error!.description).toMatch(part);
		expect(error!.context.itemIndex).toBe(0);
		expect(api.sandbox.requests.map((r) => r.status)).toEqual(Array.from({ length: row.requests }, () => row.status));
	});

	it('Continue On Fail: one error item per failed input item, in order, the rest succeed', async () => {
		const store = api.sandbox.store;
		const ids = [store.addContact({ email: 'a@acme.com' }).id, 555555, store.addContact({ email: 'c@acme.com' }).id, 666666];
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'get', contactId: byId('={{ $json.id }}') } as never,
			credentials: api.credentials,
			items: ids.map((id) => ({ json: { id } })),
			continueOnFail: true,
		});
		expect(output).toHaveLength(4);
		expect(output.map((o) => (o.error ? `error ${(o.error as NodeApiError).context.itemIndex}` : o.json.id))).toEqual([
			ids[0],
			'error 1',
			ids[2],
			'error 3',
		]);
		expect(String(output[1].error?.message)).toContain('[contact.notFound]');
	});
});
