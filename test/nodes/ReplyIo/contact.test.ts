import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();
const run = (parameters: Record<string, unknown>, extra: Partial<Parameters<typeof runNode>[0]> = {}) =>
	runNode({ parameters: { resource: 'contact', ...parameters } as never, credentials: api.credentials, ...extra });

describe('Contact › Create (POST /v4/contacts)', () => {
	it('sends the documented body with the API key header and returns the created contact', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Acme' });
		const [item] = await run({
			operation: 'create',
			email: 'jane@acme.com',
			additionalFields: {
				firstName: 'Jane',
				companySize: 'FiveHundred',
				accountId: account.id,
				customFields: { values: [{ field: 'leadSource', value: 'Conference' }] },
			},
		});
		const [request] = api.sandbox.requests;
		expect(`${request.method} ${request.path}`).toBe('POST /v4/contacts');
		expect(request.headers['x-api-key']).toBe(api.sandbox.apiKey);
		expect(request.headers['x-reply-client']).toBe('n8n-nodes-replyio');
		expect(request.headers['x-team-id']).toBeUndefined();
		expect(request.body).toEqual({
			email: 'jane@acme.com',
			firstName: 'Jane',
			companySize: 'FiveHundred',
			accountId: account.id,
			customFields: [{ key: 'leadSource', value: 'Conference' }],
		});
		expect(request.status).toBe(201);
		expect(item.json).toMatchObject({ email: 'jane@acme.com', firstName: 'Jane', id: expect.any(Number) });
		expect(api.sandbox.store.contacts.size).toBe(1);
	});

	it('accepts a LinkedIn URL instead of an email', async () => {
		const [item] = await run({ operation: 'create', linkedInUrl: 'https://www.linkedin.com/in/jane' });
		expect(item.json).toMatchObject({ linkedInUrl: 'https://www.linkedin.com/in/jane' });
		expect(api.sandbox.requests[0].body).toEqual({ linkedInUrl: 'https://www.linkedin.com/in/jane' });
	});

	it('fails before sending when neither email nor LinkedIn URL is given', async () => {
		await expect(run({ operation: 'create', additionalFields: { firstName: 'Nobody' } })).rejects.toThrow(
			'Invalid input: Email or LinkedIn URL is required: fill in at least one of them',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('fails before sending on an invalid email, naming field and value', async () => {
		await expect(run({ operation: 'create', email: 'jane-at-acme' })).rejects.toThrow(
			'Invalid input: Email "jane-at-acme" is not a valid email address',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('fails before sending on a custom field without a field', async () => {
		await expect(
			run({ operation: 'create', email: 'a@b.co', additionalFields: { customFields: { values: [{ value: 'x' }] } } }),
		).rejects.toThrow('Invalid input: Custom Fields [1]: choose a field, or give its title or ID');
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('sends the Bearer header and the team id when the credential asks for them', async () => {
		await runNode({
			parameters: { resource: 'contact', operation: 'create', email: 'b@acme.com' } as never,
			credentials: { ...api.credentials, authHeader: 'bearer', teamId: '42' },
		});
		const [request] = api.sandbox.requests;
		expect(request.headers.authorization).toBe(`Bearer ${api.sandbox.apiKey}`);
		expect(request.headers['x-api-key']).toBeUndefined();
		expect(request.headers['x-team-id']).toBe('42');
	});

	it('maps each input item to one request (expressions per item)', async () => {
		const items = ['a@acme.com', 'b@acme.com', 'c@acme.com'].map((mail) => ({ json: { mail } }));
		const output = await run({ operation: 'create', email: '={{ $json.mail }}' }, { items });
		expect(output.map((o) => o.json.email)).toEqual(['a@acme.com', 'b@acme.com', 'c@acme.com']);
		expect(api.sandbox.requests.map((r) => (r.body as { email: string }).email).sort()).toEqual([
			'a@acme.com',
			'b@acme.com',
			'c@acme.com',
		]);
	});
});

describe('Contact › Get / Delete', () => {
	it('gets a contact by ID', async () => {
		const contact = api.sandbox.store.addContact({ email: 'get@acme.com', firstName: 'Gina' });
		const [item] = await run({ operation: 'get', contactId: byId(contact.id) });
		expect(api.sent()).toEqual([`GET /v3/contacts/${contact.id}`]);
		expect(item.json).toMatchObject({ id: contact.id, email: 'get@acme.com', firstName: 'Gina' });
	});

	it('reports an unknown ID with the API error code', async () => {
		await expect(run({ operation: 'get', contactId: byId(999) })).rejects.toThrow(/Reply\.io 404 \[contact\.notFound\]/);
	});

	it('rejects a non-numeric ID before sending', async () => {
		await expect(run({ operation: 'get', contactId: byId('abc') })).rejects.toThrow(
			'Invalid Contact: "abc" is not a Reply.io ID',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('deletes a contact and outputs which one', async () => {
		const contact = api.sandbox.store.addContact({ email: 'del@acme.com' });
		const [item] = await run({ operation: 'delete', contactId: byId(contact.id) });
		expect(api.sent()).toEqual([`DELETE /v3/contacts/${contact.id}`]);
		expect(item.json).toEqual({ id: contact.id, deleted: true });
		expect(api.sandbox.store.contacts.has(contact.id)).toBe(false);
	});
});

describe('Contact › Update (PATCH)', () => {
	it('sends only the changed fields and leaves the rest as they are', async () => {
		const contact = api.sandbox.store.addContact({ email: 'up@acme.com', firstName: 'Old', title: 'CTO' });
		const [item] = await run({
			operation: 'update',
			contactId: byId(contact.id),
			updateFields: { firstName: 'New', callStatus: 'toCall' },
		});
		const [request] = api.sandbox.requests;
		expect(`${request.method} ${request.path}`).toBe(`PATCH /v3/contacts/${contact.id}`);
		expect(request.body).toEqual({ firstName: 'New', callStatus: 'toCall' });
		expect(item.json).toMatchObject({ firstName: 'New', title: 'CTO', email: 'up@acme.com' });
	});

	it('refuses an update with no fields', async () => {
		await expect(run({ operation: 'update', contactId: byId(1), updateFields: {} })).rejects.toThrow('Nothing to update');
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact › Get Many', () => {
	it('Return All pages with top=1000 until hasMore is false', async () => {
		api.sandbox.store.seedContacts(2500);
		const output = await run({ operation: 'getAll', returnAll: true });
		expect(output).toHaveLength(2500);
		expect(api.sent()).toEqual([
			'GET /v3/contacts?top=1000&skip=0',
			'GET /v3/contacts?top=1000&skip=1000',
			'GET /v3/contacts?top=1000&skip=2000',
		]);
		expect(new Set(output.map((o) => o.json.id)).size).toBe(2500);
	});

	it('an exact multiple of the page size costs no extra request (hasMore is false on the last full page)', async () => {
		api.sandbox.store.seedContacts(2000);
		const output = await run({ operation: 'getAll', returnAll: true });
		expect(output).toHaveLength(2000);
		expect(api.sent()).toEqual(['GET /v3/contacts?top=1000&skip=0', 'GET /v3/contacts?top=1000&skip=1000']);
	});

	it('Limit asks only for what it needs, in one request', async () => {
		api.sandbox.store.seedContacts(30);
		const output = await run({ operation: 'getAll', returnAll: false, limit: 7 });
		expect(output).toHaveLength(7);
		expect(api.sent()).toEqual(['GET /v3/contacts?top=7&skip=0']);
	});

	it('a Limit above the page size takes several pages and stops at the limit', async () => {
		api.sandbox.store.seedContacts(1500);
		const output = await run({ operation: 'getAll', returnAll: false, limit: 1200 });
		expect(output).toHaveLength(1200);
		expect(api.sent()).toEqual(['GET /v3/contacts?top=1000&skip=0', 'GET /v3/contacts?top=200&skip=1000']);
	});

	it('filters by email and keeps the filter on every page', async () => {
		api.sandbox.store.seedContacts(5);
		api.sandbox.store.addContact({ email: 'find.me@acme.com' });
		const output = await run({ operation: 'getAll', returnAll: true, filters: { email: 'find.me@acme.com' } });
		expect(output.map((o) => o.json.email)).toEqual(['find.me@acme.com']);
		expect(api.sent()).toEqual(['GET /v3/contacts?email=find.me%40acme.com&top=1000&skip=0']);
	});

	it('returns nothing (not an error) when there are no contacts', async () => {
		const output = await run({ operation: 'getAll', returnAll: true });
		expect(output).toEqual([]);
		expect(api.sent()).toHaveLength(1);
	});
});
