import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();
const run = (parameters: Record<string, unknown>) =>
	runNode({ parameters: { resource: 'contactAccount', ...parameters } as never, credentials: api.credentials });

describe('Contact Account › Create', () => {
	it('sends name and the chosen optional fields', async () => {
		const [item] = await run({
			operation: 'create',
			name: 'Acme Inc',
			additionalFields: { domainName: 'acme.com', companySize: '51-200', city: 'Berlin' },
		});
		expect(api.sent()).toEqual(['POST /v3/contact-accounts']);
		expect(api.sandbox.requests[0].body).toEqual({ name: 'Acme Inc', domainName: 'acme.com', companySize: '51-200', city: 'Berlin' });
		expect(item.json).toMatchObject({ id: expect.any(Number), name: 'Acme Inc', companySize: '51-200' });
	});

	it('requires a name before sending', async () => {
		await expect(run({ operation: 'create', name: '' })).rejects.toThrow('Invalid input: Name is required');
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('rejects a company size that is not in the documented list', async () => {
		await expect(run({ operation: 'create', name: 'X', additionalFields: { companySize: '11-20' } })).rejects.toThrow(
			'Company Size "11-20" is not one of the allowed values: Empty, SelfEmployed, 2-10, 11-50',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact Account › Update (read, merge, PUT)', () => {
	it('keeps every field the user did not change', async () => {
		const account = api.sandbox.store.addAccount({
			name: 'Acme',
			domainName: 'acme.com',
			industry: 'Software',
			city: 'Berlin',
			companySize: '11-50',
			ownerUserId: 2,
		});
		const [item] = await run({ operation: 'update', accountId: byId(account.id), updateFields: { city: 'Paris' } });
		expect(api.sent()).toEqual([`GET /v3/contact-accounts/${account.id}`, `PUT /v3/contact-accounts/${account.id}`]);
		expect(api.sandbox.requests[1].body).toMatchObject({
			name: 'Acme',
			domainName: 'acme.com',
			industry: 'Software',
			companySize: '11-50',
			ownerUserId: 2,
			city: 'Paris',
		});
		expect(item.json).toMatchObject({ name: 'Acme', domainName: 'acme.com', industry: 'Software', city: 'Paris', ownerUserId: 2 });
		const stored = api.sandbox.store.accounts.get(account.id)!;
		expect([stored.domainName, stored.industry, stored.city]).toEqual(['acme.com', 'Software', 'Paris']);
	});

	it('can rename (the required name comes from the user, the rest from the record)', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Old Name', phone: '+49 30 1234' });
		const [item] = await run({ operation: 'update', accountId: byId(account.id), updateFields: { name: 'New Name' } });
		expect(item.json).toMatchObject({ name: 'New Name', phone: '+49 30 1234' });
	});

	it('fails on an unknown account without sending the PUT', async () => {
		await expect(run({ operation: 'update', accountId: byId(4040), updateFields: { city: 'Rome' } })).rejects.toThrow(
			/Reply\.io 404 \[contactAccount\.notFound\]/,
		);
		expect(api.sent()).toEqual(['GET /v3/contact-accounts/4040']);
	});
});

describe('Contact Account › Get / Get Many / Delete', () => {
	it('gets one account', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Globex' });
		const [item] = await run({ operation: 'get', accountId: byId(account.id) });
		expect(item.json).toMatchObject({ id: account.id, name: 'Globex' });
	});

	it('Return All over several pages with search and sort', async () => {
		api.sandbox.store.seedAccounts(1100, { industry: 'Retail' });
		api.sandbox.store.seedAccounts(5, { name: 'Zeta Other' });
		const output = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { search: 'Account' },
			options: { sortBy: 'name', sortDirection: 'desc' },
		});
		expect(output.length).toBe(1100);
		expect(api.sent()).toEqual([
			'GET /v3/contact-accounts?search=Account&sort_by=name&sort_direction=desc&top=1000&skip=0',
			'GET /v3/contact-accounts?search=Account&sort_by=name&sort_direction=desc&top=1000&skip=1000',
		]);
		const names = output.map((o) => String(o.json.name));
		expect(names).toEqual([...names].sort().reverse());
	});

	it('deletes an account', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Initech' });
		const [item] = await run({ operation: 'delete', accountId: byId(account.id) });
		expect(item.json).toEqual({ id: account.id, deleted: true });
		expect(api.sent()).toEqual([`DELETE /v3/contact-accounts/${account.id}`]);
	});
});
