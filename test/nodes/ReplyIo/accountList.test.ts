import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();
const run = (parameters: Record<string, unknown>) =>
	runNode({ parameters: { resource: 'accountList', ...parameters } as never, credentials: api.credentials });

describe('Account List › Create', () => {
	it('sends the name', async () => {
		const [item] = await run({ operation: 'create', name: 'Target Accounts' });
		expect(api.sent()).toEqual(['POST /v3/contact-account-lists']);
		expect(api.sandbox.requests[0].body).toEqual({ name: 'Target Accounts' });
		expect(item.json).toEqual({ id: expect.any(Number), name: 'Target Accounts' });
	});

	it('rejects a name shorter than 3 or longer than 128 characters before sending', async () => {
		await expect(run({ operation: 'create', name: 'AB' })).rejects.toThrow('Invalid input: Name "AB" is shorter than 3 characters');
		await expect(run({ operation: 'create', name: 'x'.repeat(129) })).rejects.toThrow(
			'is longer than 128 characters (129)',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('accepts exactly 128 characters', async () => {
		const [item] = await run({ operation: 'create', name: 'x'.repeat(128) });
		expect(item.json.name).toBe('x'.repeat(128));
	});
});

describe('Account List › Get / Get Many', () => {
	it('gets one list', async () => {
		const list = api.sandbox.store.addAccountList({ name: 'Enterprise' });
		const [item] = await run({ operation: 'get', accountListId: byId(list.id) });
		expect(api.sent()).toEqual([`GET /v3/contact-account-lists/${list.id}`]);
		expect(item.json).toEqual({ id: list.id, name: 'Enterprise' });
	});

	it('Return All pages with top/skip until hasMore is false, passing the search', async () => {
		for (let i = 1; i <= 2100; i++) api.sandbox.store.addAccountList({ name: `Region ${i}` });
		api.sandbox.store.addAccountList({ name: 'Partners' });
		const output = await run({ operation: 'getAll', returnAll: true, filters: { search: 'REGION' } });
		expect(api.sent()).toEqual([
			'GET /v3/contact-account-lists?search=REGION&top=1000&skip=0',
			'GET /v3/contact-account-lists?search=REGION&top=1000&skip=1000',
			'GET /v3/contact-account-lists?search=REGION&top=1000&skip=2000',
		]);
		expect(output).toHaveLength(2100);
		expect(new Set(output.map((o) => o.json.id)).size).toBe(2100);
		expect(output.every((o) => String(o.json.name).startsWith('Region '))).toBe(true);
	});

	it('with a Limit sends top = Limit, not the API default of 100', async () => {
		for (let i = 1; i <= 10; i++) api.sandbox.store.addAccountList({ name: `List ${i}` });
		const output = await run({ operation: 'getAll', returnAll: false, limit: 4 });
		expect(api.sent()).toEqual(['GET /v3/contact-account-lists?top=4&skip=0']);
		expect(output.map((o) => o.json.name)).toEqual(['List 1', 'List 2', 'List 3', 'List 4']);
	});
});

describe('Account List › Update (rename) / Delete', () => {
	it('PUTs only the new name', async () => {
		const list = api.sandbox.store.addAccountList({ name: 'Old Name' });
		const [item] = await run({ operation: 'update', accountListId: byId(list.id), name: 'New Name' });
		expect(api.sent()).toEqual([`PUT /v3/contact-account-lists/${list.id}`]);
		expect(api.sandbox.requests[0].body).toEqual({ name: 'New Name' });
		expect(item.json).toEqual({ id: list.id, name: 'New Name' });
	});

	it('checks the new name against 3..128 before sending', async () => {
		const list = api.sandbox.store.addAccountList({ name: 'Old Name' });
		await expect(run({ operation: 'update', accountListId: byId(list.id), name: 'No' })).rejects.toThrow(
			'Name "No" is shorter than 3 characters',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('deletes a list; its accounts stay', async () => {
		const [account] = api.sandbox.store.seedAccounts(1);
		const list = api.sandbox.store.addAccountList({ name: 'Gone', accountIds: [account.id] });
		const [item] = await run({ operation: 'delete', accountListId: byId(list.id) });
		expect(api.sent()).toEqual([`DELETE /v3/contact-account-lists/${list.id}`]);
		expect(item.json).toEqual({ id: list.id, deleted: true });
		expect(api.sandbox.store.accounts.has(account.id)).toBe(true);
	});
});

describe('Account List › Add Accounts / Move Accounts', () => {
	it('adds accounts, keeps other memberships, reports failures', async () => {
		const [a, b] = api.sandbox.store.seedAccounts(2);
		const other = api.sandbox.store.addAccountList({ name: 'Other', accountIds: [a.id] });
		const list = api.sandbox.store.addAccountList({ name: 'Target' });
		const [item] = await run({ operation: 'addAccounts', accountListId: byId(list.id), accountIds: `${a.id},${b.id}, 999` });
		expect(api.sent()).toEqual([`POST /v3/contact-account-lists/${list.id}/add-accounts`]);
		expect(api.sandbox.requests[0].body).toEqual({ accountIds: [a.id, b.id, 999] });
		expect(item.json).toEqual({
			listId: list.id,
			requested: 3,
			succeeded: 2,
			processedIds: [a.id, b.id],
			failed: [{ id: 999, error: 'accountNotProcessed', errorDetails: 'Account 999 not found.' }],
		});
		expect(other.accountIds.has(a.id)).toBe(true);
		expect([...list.accountIds]).toEqual([a.id, b.id]);
	});

	it('moves accounts out of every other list', async () => {
		const [a, b] = api.sandbox.store.seedAccounts(2);
		const other = api.sandbox.store.addAccountList({ name: 'Other', accountIds: [a.id, b.id] });
		const list = api.sandbox.store.addAccountList({ name: 'Target' });
		const [item] = await run({ operation: 'moveAccounts', accountListId: byId(list.id), accountIds: `={{ [${a.id}] }}` });
		expect(api.sent()).toEqual([`POST /v3/contact-account-lists/${list.id}/move-accounts`]);
		expect(api.sandbox.requests[0].body).toEqual({ accountIds: [a.id] });
		expect(item.json).toEqual({ listId: list.id, requested: 1, succeeded: 1, processedIds: [a.id], failed: [] });
		expect([...other.accountIds]).toEqual([b.id]);
	});

	it('rejects more than 1000 ids, an id below 1, or none, before sending', async () => {
		const list = api.sandbox.store.addAccountList({ name: 'Target' });
		const tooMany = Array.from({ length: 1001 }, (_, i) => i + 1).join(',');
		await expect(run({ operation: 'addAccounts', accountListId: byId(list.id), accountIds: tooMany })).rejects.toThrow(
			'Invalid input: Account IDs allows at most 1000 values per request, got 1001',
		);
		await expect(run({ operation: 'moveAccounts', accountListId: byId(list.id), accountIds: '5, 0' })).rejects.toThrow(
			'Account IDs [2] 0 is below the minimum of 1',
		);
		await expect(run({ operation: 'moveAccounts', accountListId: byId(list.id), accountIds: '' })).rejects.toThrow(
			'Invalid input: Account IDs needs at least 1 value, got 0',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});
});
