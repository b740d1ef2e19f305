import { createSandbox, type Sandbox } from '../../sandbox/server';
import { client } from './client';

describe('sandbox contact accounts', () => {
	let sb: Sandbox;
	let call: ReturnType<typeof client>;

	beforeAll(async () => {
		sb = await createSandbox({ rateLimit: false });
		call = client(sb);
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	it('creates with 201 and the Details model (nulls, stage null, owner = key user)', async () => {
		const res = await call('POST', '/v3/contact-accounts', {
			body: { name: 'Acme', domainName: 'gmail.com' },
		});
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({
			id: expect.any(Number),
			ownerUserId: 1,
			name: 'Acme',
			linkedProspectsCount: 0,
			description: null,
			companySize: null,
			emailProvider: 'gmail',
			stage: null,
		});
		expect(res.body.createdDate).toMatch(/Z$/);
	});

	it('lists with search, sort_by/sort_direction and paging; list items carry no emailProvider', async () => {
		for (const name of ['Gamma', 'alpha', 'Beta', 'Alphabet']) sb.store.addAccount({ name });
		const res = await call(
			'GET',
			'/v3/contact-accounts?search=alp&sort_by=name&sort_direction=desc',
		);
		expect(res.body.items.map((a: { name: string }) => a.name)).toEqual(['Alphabet', 'alpha']);
		expect(res.body.items[0]).not.toHaveProperty('emailProvider');
		const page = await call('GET', '/v3/contact-accounts?top=3');
		expect(page.body).toMatchObject({ hasMore: true });
		expect((await call('GET', '/v3/contact-accounts?sort_by=shoe')).body.errors[0].pointer).toBe(
			'sort_by',
		);
	});

	it('counts linked contacts and unlinks them when the account is deleted', async () => {
		const [account] = sb.store.seedAccounts(1);
		const [a, b] = sb.store.seedContacts(2, { accountId: account.id });
		expect(
			(await call('GET', `/v3/contact-accounts/${account.id}`)).body.linkedProspectsCount,
		).toBe(2);
		const contacts = await call('GET', `/v3/contact-accounts/${account.id}/contacts?top=1`);
		expect(contacts.body).toEqual({
			items: [
				{
					id: a.id,
					email: a.email,
					firstName: 'Contact',
					lastName: a.lastName,
					title: null,
					company: null,
				},
			],
			hasMore: true,
		});
		expect((await call('DELETE', `/v3/contact-accounts/${account.id}`)).status).toBe(204);
		expect(sb.store.contacts.get(b.id)!.accountId).toBeNull();
		expect((await call('GET', `/v3/contact-accounts/${account.id}`)).body.code).toBe(
			'contactAccount.notFound',
		);
	});

	it('changes the owner and rejects non-members with 400', async () => {
		const [account] = sb.store.seedAccounts(1);
		expect(
			(await call('PUT', `/v3/contact-accounts/${account.id}/owner`, { body: { userId: 2 } })).body
				.ownerUserId,
		).toBe(2);
		const res = await call('PUT', `/v3/contact-accounts/${account.id}/owner`, {
			body: { userId: 9 },
		});
		expect(res.status).toBe(400);
		expect(res.body.code).toBe('contactAccount.invalidInput');
	});

	it('filters by documented properties and conditions', async () => {
		sb.store.addAccount({ name: 'Small', industry: 'Retail', companySize: '11-50' });
		sb.store.addAccount({ name: 'Big', industry: 'Retail', companySize: '10001+' });
		sb.store.addAccount({ name: 'Other', industry: 'Media' });
		const names = async (body: unknown) =>
			(await call('POST', '/v3/contact-accounts/filter', { body })).body.items.map(
				(a: { name: string }) => a.name,
			);
		expect(
			await names({ filters: [{ property: 'Industry', condition: 'Equals', values: ['retail'] }] }),
		).toEqual(['Small', 'Big']);
		expect(
			await names({
				filters: [{ property: 'CompanySize', condition: 'In', values: ['10001+', '2-10'] }],
			}),
		).toEqual(['Big']);
		expect(
			await names({ filters: [{ property: 'Industry', condition: 'IsNull', values: [] }] }),
		).toEqual([]);
		expect(await names({ search: 'o', sortBy: 'name', sortDirection: 'asc' })).toEqual(['Other']);
	});

	it('bulk-creates all or nothing, in input order', async () => {
		const ok = await call('POST', '/v3/contact-accounts/bulk', {
			body: { items: [{ name: 'One' }, { name: 'Two' }] },
		});
		expect(ok.status).toBe(200);
		expect(ok.body).toEqual([
			{ id: expect.any(Number), error: null, errorDetails: null },
			{ id: expect.any(Number), error: null, errorDetails: null },
		]);
		const bad = await call('POST', '/v3/contact-accounts/bulk', {
			body: { items: [{ name: 'Three' }, { industry: 'x' }] },
		});
		expect(bad.status).toBe(400);
		expect(bad.body.errors).toEqual([{ pointer: '/items/1/name', detail: 'Field is required.' }]);
		expect(sb.store.accounts.size).toBe(2);
		const tooMany = await call('POST', '/v3/contact-accounts/bulk', {
			body: { items: Array.from({ length: 101 }, (_, i) => ({ name: `A${i}` })) },
		});
		expect(tooMany.status).toBe(400);
		expect(sb.store.accounts.size).toBe(2);
	});

	it('bulk-deletes with a NotProcessed dictionary', async () => {
		const [a] = sb.store.seedAccounts(1);
		const res = await call('POST', '/v3/contact-accounts/bulk-delete', {
			body: { ids: [a.id, 4321] },
		});
		expect(res.body).toEqual({ '4321': { error: 'notFound', errorDetails: null } });
	});

	it('links (moving from another account) and unlinks contacts', async () => {
		const [first, second] = sb.store.seedAccounts(2);
		const [c] = sb.store.seedContacts(1, { accountId: first.id });
		const linked = await call('POST', `/v3/contact-accounts/${second.id}/contact-links/bulk`, {
			body: { contactIds: [c.id, 888] },
		});
		expect(linked.body).toEqual({ '888': { error: 'notFound', errorDetails: expect.any(String) } });
		expect(sb.store.contacts.get(c.id)!.accountId).toBe(second.id);
		const notHere = await call(
			'POST',
			`/v3/contact-accounts/${first.id}/contact-links/bulk-delete`,
			{ body: { contactIds: [c.id] } },
		);
		expect(notHere.body[c.id].error).toBe('notFound');
		const unlinked = await call(
			'POST',
			`/v3/contact-accounts/${second.id}/contact-links/bulk-delete`,
			{ body: { contactIds: [c.id] } },
		);
		expect(unlinked.body).toEqual({});
		expect(sb.store.contacts.get(c.id)!.accountId).toBeNull();
	});
});
