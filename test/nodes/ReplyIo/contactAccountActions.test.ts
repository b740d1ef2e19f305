import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';
import { encodeFilterValues } from '../../../nodes/ReplyIo/shared/accountFilter';

const api = useSandbox();
const run = (parameters: Record<string, unknown>, extra: Partial<Parameters<typeof runNode>[0]> = {}) =>
	runNode({ parameters: { resource: 'contactAccount', ...parameters } as never, credentials: api.credentials, ...extra });
const condition = (property: string, cond: string, values: unknown) => ({ property, condition: cond, values });

describe('Contact Account › Filter (POST, paged)', () => {
	it('Return All sends the same body with every page; values go as the list the property compares', async () => {
		api.sandbox.store.seedAccounts(1100, { industry: 'Retail', ownerUserId: 2 });
		api.sandbox.store.seedAccounts(20, { industry: 'Retail', ownerUserId: 3 });
		api.sandbox.store.seedAccounts(20, { industry: 'Banking', ownerUserId: 2 });
		const output = await run({
			operation: 'filter',
			returnAll: true,
			filters: { values: [condition('Industry', 'Equals', 'Retail'), condition('OwnerId', 'In', '2, 1')] },
			options: { sortBy: 'name', sortDirection: 'asc' },
		});
		expect(api.sent()).toEqual([
			'POST /v3/contact-accounts/filter?top=1000&skip=0',
			'POST /v3/contact-accounts/filter?top=1000&skip=1000',
		]);
		for (const request of api.sandbox.requests) {
			expect(request.body).toEqual({
				filters: [
					{ property: 'Industry', condition: 'Equals', values: ['Retail'] },
					{ property: 'OwnerId', condition: 'In', values: [2, 1] },
				],
				sortBy: 'name',
				sortDirection: 'asc',
			});
		}
		expect(output).toHaveLength(1100);
		expect(output.every((o) => o.json.industry === 'Retail' && o.json.ownerUserId === 2)).toBe(true);
	});

	it('Limit, search, a date range and Is Null (sent with an empty list)', async () => {
		api.sandbox.store.addAccount({ name: 'Acme Old', domainName: null });
		api.sandbox.store.addAccount({ name: 'Acme Web', domainName: 'acme.com' });
		api.sandbox.store.addAccount({ name: 'Globex', domainName: null });
		const output = await run({
			operation: 'filter',
			returnAll: false,
			limit: 10,
			filters: {
				values: [condition('DomainName', 'IsNull', ''), condition('CreatedDate', 'GreaterEqualThan', '2000-01-01T00:00:00Z')],
			},
			options: { search: 'acme' },
		});
		expect(api.sent()).toEqual(['POST /v3/contact-accounts/filter?top=10&skip=0']);
		expect(api.sandbox.requests[0].body).toEqual({
			filters: [
				{ property: 'DomainName', condition: 'IsNull', values: [] },
				{ property: 'CreatedDate', condition: 'GreaterEqualThan', values: ['2000-01-01T00:00:00Z'] },
			],
			search: 'acme',
		});
		expect(output.map((o) => o.json.name)).toEqual(['Acme Old']);
	});

	it('keeps a comma inside a single value for Equals', async () => {
		api.sandbox.store.addAccount({ name: 'Acme, Inc.' });
		api.sandbox.store.addAccount({ name: 'Acme' });
		const output = await run({ operation: 'filter', returnAll: true, filters: { values: [condition('Name', 'Equals', 'Acme, Inc.')] } });
		expect((api.sandbox.requests[0].body as { filters: unknown[] }).filters).toEqual([
			{ property: 'Name', condition: 'Equals', values: ['Acme, Inc.'] },
		]);
		expect(output.map((o) => o.json.name)).toEqual(['Acme, Inc.']);
	});

	it('sends an empty body (not none) when no criteria are set', async () => {
		api.sandbox.store.seedAccounts(3);
		const output = await run({ operation: 'filter', returnAll: true });
		expect(api.sandbox.requests[0].body).toEqual({});
		expect(output).toHaveLength(3);
	});

	it('refuses 21 conditions before sending', async () => {
		const filters = { values: Array.from({ length: 21 }, (_, i) => condition('Name', 'NotEquals', `X${i}`)) };
		await expect(run({ operation: 'filter', returnAll: true, filters })).rejects.toThrow(
			'Invalid input: Filters allows at most 20 values per request, got 21',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('refuses an unknown filter property before sending', async () => {
		await expect(
			run({ operation: 'filter', returnAll: true, filters: { values: [condition('Revenue', 'GreaterThan', '1000')] } }),
		).rejects.toThrow('Invalid input: Filters [1] › Property "Revenue" is not one of the allowed values: OwnerId, Name');
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('refuses a non-numeric value for a numeric property before sending', async () => {
		await expect(
			run({ operation: 'filter', returnAll: true, filters: { values: [condition('OwnerId', 'Equals', 'alex')] } }),
		).rejects.toThrow('Invalid input: Filters [1] › Values "alex" is not a number (OwnerId compares numbers)');
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('encodeFilterValues', () => {
	it('encodes by condition and property', () => {
		expect(encodeFilterValues('City', 'In', ' Berlin, Paris ,')).toEqual(['Berlin', 'Paris']);
		expect(encodeFilterValues('City', 'Equals', ' Berlin, Mitte ')).toEqual(['Berlin, Mitte']);
		expect(encodeFilterValues('NumberOfContacts', 'GreaterThan', '5')).toEqual([5]);
		expect(encodeFilterValues('Sequence', 'CollectionContains', '1,3')).toEqual([1, 3]);
		expect(encodeFilterValues('Stage', 'Equals', 4)).toEqual([4]);
		expect(encodeFilterValues('Industry', 'In', ['A', 'B'])).toEqual(['A', 'B']);
		expect(encodeFilterValues('Name', 'IsNotNull', 'ignored')).toEqual([]);
	});

	it('says what is wrong', () => {
		expect(encodeFilterValues('Name', 'Equals', '')).toBe('needs a value for the condition Equals');
		expect(encodeFilterValues('LastActivityDateFrom', 'GreaterThan', 'last week')).toContain('"last week" is not a date');
	});
});

describe('Contact Account › Change Owner', () => {
	it('sends {userId} with PUT and outputs the updated account', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Initech', city: 'Austin' });
		const [item, ...rest] = await run({ operation: 'changeOwner', accountId: byId(account.id), userId: 3 });
		expect(api.sent()).toEqual([`PUT /v3/contact-accounts/${account.id}/owner`]);
		expect(api.sandbox.requests[0].body).toEqual({ userId: 3 });
		expect(rest).toEqual([]);
		expect(item.json).toMatchObject({ id: account.id, name: 'Initech', city: 'Austin', ownerUserId: 3 });
	});

	it('refuses user ID 0 before sending', async () => {
		await expect(run({ operation: 'changeOwner', accountId: byId(1000), userId: 0 })).rejects.toThrow(
			'New Owner ID 0 is below the minimum of 1',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('reports a user outside the team with the API error', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Hooli' });
		await expect(run({ operation: 'changeOwner', accountId: byId(account.id), userId: 77 })).rejects.toThrow(
			/Reply\.io 400 \[contactAccount\.invalidInput\]/,
		);
	});
});

describe('Contact Account › Get Contacts (paged)', () => {
	it('Return All over several pages', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Big Co' });
		api.sandbox.store.seedContacts(1500, { accountId: account.id, company: 'Big Co' });
		api.sandbox.store.seedContacts(5);
		const output = await run({ operation: 'getContacts', accountId: byId(account.id), returnAll: true });
		expect(api.sent()).toEqual([
			`GET /v3/contact-accounts/${account.id}/contacts?top=1000&skip=0`,
			`GET /v3/contact-accounts/${account.id}/contacts?top=1000&skip=1000`,
		]);
		expect(output).toHaveLength(1500);
		expect(Object.keys(output[0].json).sort()).toEqual(['company', 'email', 'firstName', 'id', 'lastName', 'title']);
	});

	it('Limit', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Small Co' });
		api.sandbox.store.seedContacts(4, { accountId: account.id });
		const output = await run({ operation: 'getContacts', accountId: byId(account.id), returnAll: false, limit: 2 });
		expect(output).toHaveLength(2);
		expect(api.sent()).toEqual([`GET /v3/contact-accounts/${account.id}/contacts?top=2&skip=0`]);
	});
});

describe('Contact Account › Link / Unlink Contacts (NotProcessed summary)', () => {
	it('links found contacts, reports unknown ones, and names the account', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Umbrella' });
		const other = api.sandbox.store.addAccount({ name: 'Other' });
		const [a, b] = api.sandbox.store.seedContacts(2, { accountId: other.id });
		const output = await run({ operation: 'linkContacts', accountId: byId(account.id), contactIds: `${a.id}, 404, ${b.id}` });
		expect(api.sent()).toEqual([`POST /v3/contact-accounts/${account.id}/contact-links/bulk`]);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id, 404, b.id] });
		expect(output.map((o) => o.json)).toEqual([
			{
				accountId: account.id,
				requested: 3,
				succeeded: 2,
				processedIds: [a.id, b.id],
				failed: [{ id: 404, error: 'notFound', errorDetails: 'Contact 404 not found.' }],
			},
		]);
		expect(api.sandbox.store.contacts.get(a.id)!.accountId).toBe(account.id);
	});

	it('unlinks linked contacts and reports the ones that were not linked', async () => {
		const account = api.sandbox.store.addAccount({ name: 'Umbrella' });
		const [linked] = api.sandbox.store.seedContacts(1, { accountId: account.id });
		const [loose] = api.sandbox.store.seedContacts(1);
		const output = await run({ operation: 'unlinkContacts', accountId: byId(account.id), contactIds: `${linked.id},${loose.id}` });
		expect(api.sent()).toEqual([`POST /v3/contact-accounts/${account.id}/contact-links/bulk-delete`]);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [linked.id, loose.id] });
		expect(output[0].json).toEqual({
			accountId: account.id,
			requested: 2,
			succeeded: 1,
			processedIds: [linked.id],
			failed: [{ id: loose.id, error: 'notFound', errorDetails: `Contact ${loose.id} is not linked to account ${account.id}.` }],
		});
		expect(api.sandbox.store.contacts.get(linked.id)!.accountId).toBeNull();
	});

	it('refuses 1001 contact ids before sending', async () => {
		const contactIds = Array.from({ length: 1001 }, (_, i) => i + 1).join(',');
		await expect(run({ operation: 'linkContacts', accountId: byId(1000), contactIds })).rejects.toThrow(
			'Contact IDs allows at most 1000 values per request, got 1001',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('reports an unknown account with the API error code', async () => {
		await expect(run({ operation: 'unlinkContacts', accountId: byId(8080), contactIds: '1' })).rejects.toThrow(
			/Reply\.io 404 \[contactAccount\.notFound\]/,
		);
	});
});

describe('Contact Account › Delete Many', () => {
	it('sends {ids} and summarises found and unknown accounts', async () => {
		const [a, b, c] = api.sandbox.store.seedAccounts(3);
		const output = await run({ operation: 'deleteMany', ids: `${a.id}, 999, ${c.id}` });
		expect(api.sent()).toEqual(['POST /v3/contact-accounts/bulk-delete']);
		expect(api.sandbox.requests[0].body).toEqual({ ids: [a.id, 999, c.id] });
		expect(output.map((o) => o.json)).toEqual([
			{ requested: 3, succeeded: 2, processedIds: [a.id, c.id], failed: [{ id: 999, error: 'notFound', errorDetails: null }] },
		]);
		expect([...api.sandbox.store.accounts.keys()]).toEqual([b.id]);
	});

	it('refuses 1001 ids before sending', async () => {
		const ids = Array.from({ length: 1001 }, (_, i) => i + 1).join(',');
		await expect(run({ operation: 'deleteMany', ids })).rejects.toThrow('IDs allows at most 1000 values per request, got 1001');
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact Account › Create Many', () => {
	const accounts = [
		{ name: 'Alpha', domainName: 'alpha.io', companySize: '11-50' },
		{ name: 'Beta' },
		{ name: 'Gamma', city: 'Oslo', email: '' },
	];

	it('sends the JSON array as {items} and outputs one item per account, in input order, with its id', async () => {
		const output = await run({ operation: 'createMany', items: JSON.stringify(accounts) });
		expect(api.sent()).toEqual(['POST /v3/contact-accounts/bulk']);
		expect(api.sandbox.requests[0].body).toEqual({
			items: [{ name: 'Alpha', domainName: 'alpha.io', companySize: '11-50' }, { name: 'Beta' }, { name: 'Gamma', city: 'Oslo' }],
		});
		expect(output.map((o) => o.json)).toEqual([
			{ name: 'Alpha', domainName: 'alpha.io', companySize: '11-50', id: expect.any(Number), created: true, error: null, errorDetails: null },
			{ name: 'Beta', id: expect.any(Number), created: true, error: null, errorDetails: null },
			{ name: 'Gamma', city: 'Oslo', id: expect.any(Number), created: true, error: null, errorDetails: null },
		]);
		const stored = output.map((o) => api.sandbox.store.accounts.get(o.json.id as number)?.name);
		expect(stored).toEqual(['Alpha', 'Beta', 'Gamma']);
	});

	it('accepts an expression returning the array', async () => {
		const output = await run(
			{ operation: 'createMany', items: '={{ $json.accounts }}' },
			{ items: [{ json: { accounts: [{ name: 'Delta' }] } }] },
		);
		expect(api.sandbox.requests[0].body).toEqual({ items: [{ name: 'Delta' }] });
		expect(output.map((o) => o.json.name)).toEqual(['Delta']);
	});

	it('refuses 101 accounts before sending', async () => {
		const many = Array.from({ length: 101 }, (_, i) => ({ name: `Account ${i}` }));
		await expect(run({ operation: 'createMany', items: JSON.stringify(many) })).rejects.toThrow(
			'Invalid input: Accounts allows at most 100 values per request, got 101',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('names the account and field that is wrong, before sending', async () => {
		const bad = [{ name: 'Ok' }, { city: 'No name' }, { name: 'X', companySize: '3-7' }, { name: 'Y', ownerUserId: 2 }];
		await expect(run({ operation: 'createMany', items: JSON.stringify(bad) })).rejects.toThrow(
			'Accounts [2] › Name is required; Accounts [3] › Company Size "3-7" is not one of the allowed values',
		);
		await expect(run({ operation: 'createMany', items: JSON.stringify([bad[3]]) })).rejects.toThrow(
			'Accounts [1] › ownerUserId is not a field this endpoint accepts',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('refuses text that is not JSON', async () => {
		await expect(run({ operation: 'createMany', items: '[{"name": "A",]' })).rejects.toThrow(
			/Accounts "\[\{\\"name\\": \\"A\\",\]" is not valid JSON \(.*position 14/,
		);
		await expect(run({ operation: 'createMany', items: '{"name": "A", ' })).rejects.toThrow('is not valid JSON');
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('takes one account object as a list of one', async () => {
		const output = await run({ operation: 'createMany', items: '{"name": "Solo", "city": "Rome"}' });
		expect(api.sandbox.requests[0].body).toEqual({ items: [{ name: 'Solo', city: 'Rome' }] });
		expect(output.map((o) => o.json.name)).toEqual(['Solo']);
	});
});
