import { createSandbox, type Sandbox } from '../../sandbox/server';
import { client, sleep } from './client';

describe('sandbox server', () => {
	let sb: Sandbox;
	let call: ReturnType<typeof client>;

	beforeAll(async () => {
		sb = await createSandbox();
		call = client(sb);
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	it('listens on 127.0.0.1 with an ephemeral port and the default key', () => {
		expect(sb.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(sb.port).toBeGreaterThan(0);
		expect(sb.apiKey).toBe('test-api-key');
		expect(sb.specWarnings).toEqual([]);
	});

	describe('auth', () => {
		it('accepts X-API-Key', async () => {
			expect((await call('GET', '/v3/contacts', { auth: 'x-api-key' })).status).toBe(200);
		});

		it('accepts Authorization: Bearer', async () => {
			expect((await call('GET', '/v3/contacts', { auth: 'bearer' })).status).toBe(200);
		});

		it('answers 401 with a bare problem and WWW-Authenticate when the key is missing', async () => {
			const res = await call('GET', '/v3/contacts', { auth: 'none' });
			expect(res.status).toBe(401);
			expect(res.headers.get('content-type')).toBe('application/problem+json');
			expect(res.headers.get('www-authenticate')).toBe('Bearer');
			expect(res.body).toEqual({ title: 'Unauthorized', status: 401, detail: expect.any(String) });
		});

		it('rejects a wrong key without echoing it', async () => {
			const res = await call('GET', '/v3/contacts', {
				auth: 'none',
				headers: { 'X-API-Key': 'wrong-secret-key' },
			});
			expect(res.status).toBe(401);
			expect(JSON.stringify(res.body)).not.toContain('wrong-secret-key');
			expect(JSON.stringify(res.body)).not.toContain(sb.apiKey);
		});

		it('authenticates before routing (unknown paths still need the key)', async () => {
			expect((await call('GET', '/v3/nowhere', { auth: 'none' })).status).toBe(401);
		});
	});

	describe('validation', () => {
		it('points at the route parameter for an out-of-range id', async () => {
			const res = await call('GET', '/v3/contacts/0');
			expect(res.status).toBe(400);
			expect(res.headers.get('content-type')).toBe('application/problem+json');
			expect(res.body.title).toBe('One or more validation errors occurred.');
			expect(res.body.errors).toEqual([{ pointer: 'id', detail: expect.any(String) }]);
		});

		it('points at the route parameter for a non-numeric id', async () => {
			const res = await call('GET', '/v3/contact-accounts/abc');
			expect(res.status).toBe(400);
			expect(res.body.errors).toEqual([{ pointer: 'id', detail: 'Value has an invalid type.' }]);
		});

		it('reports body errors with JSON pointers', async () => {
			const res = await call('POST', '/v4/contacts', {
				body: { email: 'not-an-email', firstName: 7 },
			});
			expect(res.status).toBe(400);
			expect(res.headers.get('content-type')).toBe('application/problem+json');
			expect(res.body).toMatchObject({
				type: expect.any(String),
				status: 400,
				detail: expect.any(String),
			});
			expect(res.body.errors).toEqual(
				expect.arrayContaining([
					{ pointer: '/email', detail: 'Value has an invalid format.' },
					{ pointer: '/firstName', detail: 'Value has an invalid type.' },
				]),
			);
		});

		it('rejects unknown fields where the schema forbids them', async () => {
			const res = await call('POST', '/v3/contact-accounts', {
				body: { name: 'Acme', ownerUserId: 2 },
			});
			expect(res.status).toBe(400);
			expect(res.body.errors).toEqual([{ pointer: '/ownerUserId', detail: 'Unknown field.' }]);
		});

		it('reports a missing required field', async () => {
			const res = await call('POST', '/v3/contact-accounts', { body: { industry: 'Retail' } });
			expect(res.status).toBe(400);
			expect(res.body.errors).toEqual([{ pointer: '/name', detail: 'Field is required.' }]);
		});

		it('points at a field the schema says must be left out', async () => {
			const res = await call('POST', '/v3/contacts/set-bounced', {
				body: { contactIds: [1], isBounced: true, resendEmails: true },
			});
			expect(res.status).toBe(400);
			expect(res.body.errors).toEqual([{ pointer: '/resendEmails', detail: expect.any(String) }]);
		});

		it('answers unparseable JSON with pointer ""', async () => {
			const res = await call('POST', '/v4/contacts', { body: '{"email": ' });
			expect(res.status).toBe(400);
			expect(res.body.errors).toEqual([{ pointer: '', detail: 'Request body is not valid JSON.' }]);
		});

		it('answers an empty required body with pointer ""', async () => {
			const res = await call('POST', '/v3/contact-accounts');
			expect(res.status).toBe(400);
			expect(res.body.errors).toEqual([
				{ pointer: '', detail: 'The request body is required and cannot be empty.' },
			]);
		});

		it('turns the email-or-LinkedIn anyOf into the contact.invalidInput business problem', async () => {
			const res = await call('POST', '/v4/contacts', { body: { firstName: 'Ann' } });
			expect(res.status).toBe(400);
			expect(res.headers.get('content-type')).toBe('application/problem+json');
			expect(res.body).toMatchObject({
				code: 'contact.invalidInput',
				detail: 'A contact must have at least an email or a LinkedIn URL.',
			});
			expect(res.body.errors).toBeUndefined();
		});

		it("answers top out of 1..1000 with the resource's invalidPagination code", async () => {
			for (const top of ['0', '1001', 'x']) {
				const res = await call('GET', `/v3/contact-accounts?top=${top}`);
				expect(res.status).toBe(400);
				expect(res.headers.get('content-type')).toBe('application/problem+json');
				expect(res.body).toMatchObject({
					code: 'contactAccount.invalidPagination',
					detail: "Parameter 'top' must be between 1 and 1000",
				});
			}
			expect((await call('GET', '/v3/contacts?top=0')).body.code).toBe('contact.invalidPagination');
		});

		it('still validates in handlers when the spec is not available', async () => {
			const bare = await createSandbox({ specPath: '/nonexistent/spec.yaml' });
			try {
				const res = await client(bare)('POST', '/v4/contacts', { body: { firstName: 'Ann' } });
				expect(res.body.code).toBe('contact.invalidInput');
				const bad = await client(bare)('GET', '/v3/contacts/0');
				expect(bad.body.errors).toEqual([{ pointer: 'id', detail: expect.any(String) }]);
			} finally {
				await bare.close();
			}
		});
	});

	describe('routing', () => {
		it('answers unknown paths with 404 and wrong methods with 405 + Allow', async () => {
			const missing = await call('GET', '/v3/unknown');
			expect(missing.status).toBe(404);
			expect(missing.body).toEqual({ title: 'Not Found', status: 404, detail: expect.any(String) });
			const wrong = await call('DELETE', '/v3/contacts');
			expect(wrong.status).toBe(405);
			expect(wrong.headers.get('allow')).toContain('GET');
		});

		it('answers a non-JSON content type with 415', async () => {
			const res = await call('POST', '/v3/contact-accounts', {
				body: 'name=Acme',
				headers: { 'Content-Type': 'text/plain' },
			});
			expect(res.status).toBe(415);
		});

		it('tolerates a trailing slash', async () => {
			expect((await call('GET', '/v3/contacts/')).status).toBe(200);
		});
	});

	describe('pagination', () => {
		it('pages with top/skip and reports hasMore', async () => {
			sb.store.seedContacts(30);
			const first = await call('GET', '/v3/contacts?top=10&skip=0');
			expect(first.body.items).toHaveLength(10);
			expect(first.body.hasMore).toBe(true);
			const last = await call('GET', '/v3/contacts?top=10&skip=20');
			expect(last.body.items).toHaveLength(10);
			expect(last.body.hasMore).toBe(false);
			const beyond = await call('GET', '/v3/contacts?top=10&skip=30');
			expect(beyond.body).toEqual({ items: [], hasMore: false });
		});

		it('defaults top to 25', async () => {
			sb.store.seedContacts(30);
			const res = await call('GET', '/v3/contacts');
			expect(res.body.items).toHaveLength(25);
			expect(res.body.hasMore).toBe(true);
		});

		it('walks every record exactly once when following hasMore', async () => {
			const seeded = sb.store.seedContacts(57).map((c) => c.id);
			const seen: number[] = [];
			for (let skip = 0, more = true; more; skip += 20) {
				const page = await call('GET', `/v3/contacts?top=20&skip=${skip}`);
				seen.push(...page.body.items.map((c: { id: number }) => c.id));
				more = page.body.hasMore;
			}
			expect(seen).toEqual(seeded);
		});

		it('stops a runaway paginator with the loop guard', async () => {
			const guarded = await createSandbox({ maxListRequests: 3 });
			try {
				const get = client(guarded);
				for (let i = 0; i < 3; i++) expect((await get('GET', '/v3/contacts')).status).toBe(200);
				const stopped = await get('GET', '/v3/contacts');
				expect(stopped.status).toBe(500);
				expect(stopped.body.detail).toMatch(/loop guard/);
				expect((await get('GET', '/v3/custom-fields/1')).status).toBe(404); // non-list routes unaffected
				guarded.reset();
				expect((await get('GET', '/v3/contacts')).status).toBe(200);
			} finally {
				await guarded.close();
			}
		});
	});

	describe('PUT contact-account is a full replace', () => {
		const full = {
			name: 'Acme',
			description: 'Widgets',
			domainName: 'acme.com',
			industry: 'Manufacturing',
			companySize: '51-200',
			city: 'Denver',
		};

		it('clears every optional field the body leaves out', async () => {
			const created = await call('POST', '/v3/contact-accounts', { body: full });
			expect(created.status).toBe(201);
			const id = created.body.id;
			const replaced = await call('PUT', `/v3/contact-accounts/${id}`, {
				body: { name: 'Acme Corp' },
			});
			expect(replaced.status).toBe(200);
			expect(replaced.body).toMatchObject({
				id,
				name: 'Acme Corp',
				description: null,
				domainName: null,
				industry: null,
				companySize: null,
				city: null,
				ownerUserId: 1,
			});
			const fetched = await call('GET', `/v3/contact-accounts/${id}`);
			expect(fetched.body).toEqual(replaced.body);
		});

		it('keeps fields a merging client sends back', async () => {
			const created = await call('POST', '/v3/contact-accounts', { body: full });
			const current = (await call('GET', `/v3/contact-accounts/${created.body.id}`)).body;
			const editable = Object.fromEntries(
				Object.entries(current).filter(
					([k]) =>
						![
							'id',
							'linkedProspectsCount',
							'createdDate',
							'lastActivityDate',
							'emailProvider',
							'stage',
						].includes(k),
				),
			);
			const res = await call('PUT', `/v3/contact-accounts/${created.body.id}`, {
				body: { ...editable, city: 'Boulder', ownerUserId: 2 },
			});
			expect(res.status).toBe(200);
			expect(res.body).toMatchObject({ ...full, city: 'Boulder', ownerUserId: 2 });
		});

		it('rejects an owner outside the team', async () => {
			const [account] = sb.store.seedAccounts(1);
			const res = await call('PUT', `/v3/contact-accounts/${account.id}`, {
				body: { name: 'X', ownerUserId: 99 },
			});
			expect(res.status).toBe(400);
			expect(res.body.code).toBe('contactAccount.invalidInput');
		});
	});

	describe('rate limiting', () => {
		it('answers 429 with Retry-After once the minute window is full, then recovers', async () => {
			const limited = await createSandbox({ rateLimit: { perMinute: 3, minuteWindowMs: 400 } });
			try {
				const get = client(limited);
				for (let i = 0; i < 3; i++) expect((await get('GET', '/v3/contacts')).status).toBe(200);
				const res = await get('GET', '/v3/contacts');
				expect(res.status).toBe(429);
				expect(res.headers.get('content-type')).toBe('application/problem+json');
				expect(res.headers.get('retry-after')).toBe('1');
				expect(res.body).toEqual({
					title: 'Too Many Requests',
					status: 429,
					detail: 'Rate limit exceeded. Retry after 1 seconds.',
				});
				await sleep(450);
				expect((await get('GET', '/v3/contacts')).status).toBe(200);
			} finally {
				await limited.close();
			}
		});

		it('enforces the hour window with whole seconds until it resets', async () => {
			const limited = await createSandbox({
				rateLimit: { perMinute: 100, perHour: 2, hourWindowMs: 10_000 },
			});
			try {
				const get = client(limited);
				await get('GET', '/v3/contacts');
				await get('GET', '/v3/contacts');
				const res = await get('GET', '/v3/contacts');
				expect(res.status).toBe(429);
				expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(9);
				expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(10);
			} finally {
				await limited.close();
			}
		});

		it('does not count unauthenticated requests, and can be reconfigured or disabled', async () => {
			sb.setRateLimit({ perMinute: 1 });
			expect((await call('GET', '/v3/contacts', { auth: 'none' })).status).toBe(401);
			expect((await call('GET', '/v3/contacts')).status).toBe(200);
			expect((await call('GET', '/v3/contacts')).status).toBe(429);
			sb.setRateLimit(false);
			expect((await call('GET', '/v3/contacts')).status).toBe(200);
			sb.setRateLimit({});
		});
	});

	describe('request recording', () => {
		it('records method, path, query, headers, parsed body and status', async () => {
			await call('POST', '/v4/contacts?source=test', {
				body: { email: 'ann@example.com' },
				headers: { 'X-Team-Id': '42' },
			});
			expect(sb.requests).toHaveLength(1);
			const [req] = sb.requests;
			expect(req).toMatchObject({
				method: 'POST',
				path: '/v4/contacts',
				query: { source: 'test' },
				body: { email: 'ann@example.com' },
				status: 201,
			});
			expect(req.headers['x-api-key']).toBe(sb.apiKey);
			expect(req.headers['x-team-id']).toBe('42');
			expect(req.headers['content-type']).toBe('application/json');
		});

		it('records rejected requests and raw bodies that are not JSON', async () => {
			await call('GET', '/v3/contacts', { auth: 'none' });
			await call('POST', '/v4/contacts', { body: 'not json' });
			expect(sb.requests.map((r) => r.status)).toEqual([401, 400]);
			expect(sb.requests[1].body).toBe('not json');
			expect(sb.requests[0].body).toBeUndefined();
		});

		it('clearRequests empties the log in place; reset also empties the store', async () => {
			const log = sb.requests;
			sb.store.seedContacts(2);
			await call('GET', '/v3/contacts');
			sb.clearRequests();
			expect(log).toHaveLength(0);
			expect(sb.store.contacts.size).toBe(2);
			sb.reset();
			expect(sb.store.contacts.size).toBe(0);
			expect(sb.store.users.size).toBe(3);
			expect(sb.store.sequences.size).toBe(3);
		});
	});

	describe('fault injection', () => {
		it('answers matching requests with the injected status the given number of times', async () => {
			sb.injectFault({
				status: 503,
				times: 2,
				retryAfter: 3,
				match: { method: 'GET', path: '/v3/contacts' },
			});
			const first = await call('GET', '/v3/contacts');
			expect(first.status).toBe(503);
			expect(first.headers.get('retry-after')).toBe('3');
			expect(first.headers.get('content-type')).toBe('application/problem+json');
			expect((await call('GET', '/v3/contact-accounts')).status).toBe(200); // not matched
			expect((await call('GET', '/v3/contacts')).status).toBe(503);
			expect((await call('GET', '/v3/contacts')).status).toBe(200);
		});

		it('sends a custom body and content type', async () => {
			sb.injectFault({ status: 200, body: '<html>maintenance</html>', contentType: 'text/html' });
			const res = await call('GET', '/v3/contacts');
			expect(res.headers.get('content-type')).toBe('text/html');
			expect(res.body).toBe('<html>maintenance</html>');
		});

		it('delays and then continues normally when no status is given', async () => {
			sb.injectFault({ delayMs: 120, match: { path: /^\/v3\/contacts/ } });
			const started = Date.now();
			const res = await call('GET', '/v3/contacts');
			expect(res.status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(100);
		});

		it('can drop the connection', async () => {
			sb.injectFault({ dropConnection: true });
			await expect(call('GET', '/v3/contacts')).rejects.toThrow();
			expect(sb.requests[0].status).toBe(0);
			expect((await call('GET', '/v3/contacts')).status).toBe(200);
		});

		it('can cut an answer off after some bytes: the request is processed, the body arrives incomplete', async () => {
			sb.injectFault({ cutAfterBytes: 5, match: { method: 'POST' } });
			await expect(call('POST', '/v4/contacts', { body: { email: 'cut@acme.com' } })).rejects.toThrow();
			expect(sb.requests[0].status).toBe(201);
			expect([...sb.store.contacts.values()].map((c) => c.email)).toEqual(['cut@acme.com']);
			expect((await call('GET', '/v3/contacts')).status).toBe(200);
		});
	});
});
