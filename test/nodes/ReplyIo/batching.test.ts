/**
 * Bulk id actions batch the ids of every input item into requests of the documented maximum,
 * and give each item back a summary of its own ids (shared/batch.ts).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();

const itemsWith = (values: IDataObject[]): INodeExecutionData[] => values.map((json) => ({ json }));
const bodies = () => api.sandbox.requests.map((r) => r.body as Record<string, unknown[]>);

async function deleteManyContacts(count: number) {
	const contacts = api.sandbox.store.seedContacts(count);
	const output = await runNode({
		parameters: { resource: 'contact', operation: 'deleteMany', ids: '={{ $json.id }}' },
		credentials: api.credentials,
		items: itemsWith(contacts.map((c) => ({ id: c.id }))),
	});
	return { contacts, output };
}

describe('Batching across input items: chunk boundaries', () => {
	it.each([
		[999, [999]],
		[1000, [1000]],
		[1001, [1000, 1]],
	])('Delete Many with %i items (one id each) sends requests of %j ids', async (count, sizes) => {
		const { contacts, output } = await deleteManyContacts(count);
		expect(api.sent()).toEqual(sizes.map(() => 'POST /v3/contacts/bulk-delete'));
		expect(bodies().map((b) => b.ids.length)).toEqual(sizes);
		expect(bodies().flatMap((b) => b.ids)).toEqual(contacts.map((c) => c.id));
		expect(output).toHaveLength(count);
		output.forEach((item, index) =>
			expect(item.json).toEqual({ requested: 1, succeeded: 1, processedIds: [contacts[index].id], failed: [] }),
		);
		expect(api.sandbox.store.contacts.size).toBe(0);
	});

	it('Set Replied (at most 100 ids per request) sends 250 items as 100 + 100 + 50', async () => {
		const contacts = api.sandbox.store.seedContacts(250);
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'setReplied', contactIds: '={{ $json.id }}', isReplied: true },
			credentials: api.credentials,
			items: itemsWith(contacts.map((c) => ({ id: c.id }))),
		});
		expect(bodies().map((b) => b.contactIds.length)).toEqual([100, 100, 50]);
		expect(output).toHaveLength(250);
		expect(output.every((o) => o.json.succeeded === 1)).toBe(true);
	});

	it('an item may carry several ids; ids repeated across items are sent once and reported to each item', async () => {
		const [a, b, c] = api.sandbox.store.seedContacts(3);
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'deleteMany', ids: '={{ $json.ids }}' },
			credentials: api.credentials,
			items: itemsWith([{ ids: `${a.id}, ${b.id}` }, { ids: [b.id, c.id, 424242] }]),
		});
		expect(bodies()).toEqual([{ ids: [a.id, b.id, c.id, 424242] }]);
		expect(output.map((o) => o.json)).toEqual([
			{ requested: 2, succeeded: 2, processedIds: [a.id, b.id], failed: [] },
			{ requested: 3, succeeded: 2, processedIds: [b.id, c.id], failed: [{ id: 424242, error: 'notFound', errorDetails: null }] },
		]);
	});
});

describe('Batching across input items: grouping and failures', () => {
	it('items with different settings or targets go in separate requests', async () => {
		const [a, b, c] = api.sandbox.store.seedContacts(3);
		const first = api.sandbox.store.addAccount({ name: 'Acme' });
		const second = api.sandbox.store.addAccount({ name: 'Globex' });
		const output = await runNode({
			parameters: {
				resource: 'contactAccount',
				operation: 'linkContacts',
				accountId: byId('={{ $json.account }}'),
				contactIds: '={{ $json.contact }}',
			},
			credentials: api.credentials,
			items: itemsWith([
				{ account: first.id, contact: a.id },
				{ account: second.id, contact: b.id },
				{ account: first.id, contact: c.id },
			]),
		});
		expect(api.sent()).toEqual([
			`POST /v3/contact-accounts/${first.id}/contact-links/bulk`,
			`POST /v3/contact-accounts/${second.id}/contact-links/bulk`,
		]);
		expect(bodies()).toEqual([{ contactIds: [a.id, c.id] }, { contactIds: [b.id] }]);
		expect(output.map((o) => [o.json.accountId, o.json.processedIds])).toEqual([
			[first.id, [a.id]],
			[second.id, [b.id]],
			[first.id, [c.id]],
		]);
	});

	it('one bad item without Continue On Fail: the node fails on that item and nothing is sent', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		await expect(
			runNode({
				parameters: { resource: 'contact', operation: 'deleteMany', ids: '={{ $json.ids }}' },
				credentials: api.credentials,
				items: itemsWith([{ ids: a.id }, { ids: 'seven' }, { ids: b.id }]),
			}),
		).rejects.toMatchObject({ message: expect.stringContaining('seven'), context: expect.objectContaining({ itemIndex: 1 }) });
		expect(api.sandbox.requests).toHaveLength(0);
		expect(api.sandbox.store.contacts.size).toBe(2);
	});

	it('one bad item with Continue On Fail: an error item in its place, the others in one request', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'deleteMany', ids: '={{ $json.ids }}' },
			credentials: api.credentials,
			items: itemsWith([{ ids: a.id }, { ids: 'seven' }, { ids: b.id }]),
			continueOnFail: true,
		});
		expect(bodies()).toEqual([{ ids: [a.id, b.id] }]);
		expect(output).toHaveLength(3);
		expect(output[0].json.processedIds).toEqual([a.id]);
		expect(output[1].error?.message).toContain('seven');
		expect(output[2].json.processedIds).toEqual([b.id]);
	});

	it('a failed request is reported on every item it carried, the next request still goes out', async () => {
		const contacts = api.sandbox.store.seedContacts(1003);
		api.sandbox.injectFault({ status: 500, match: { path: '/v3/contacts/bulk-delete' } });
		const output = await runNode({
			parameters: { resource: 'contact', operation: 'deleteMany', ids: '={{ $json.id }}' },
			credentials: api.credentials,
			items: itemsWith(contacts.map((c) => ({ id: c.id }))),
			continueOnFail: true,
		});
		// POST is not idempotent, so the failed chunk is not retried.
		expect(api.sent()).toEqual(['POST /v3/contacts/bulk-delete', 'POST /v3/contacts/bulk-delete']);
		expect(output).toHaveLength(1003);
		const failed = output.slice(0, 1000);
		expect(failed.every((o) => o.error !== undefined)).toBe(true);
		expect(failed[0].error?.message).toMatch(/500/);
		expect(failed[0].error?.description).toContain('request 1 of 2 (1000 records)');
		expect(output.slice(1000).map((o) => o.json.processedIds)).toEqual(contacts.slice(1000).map((c) => [c.id]));
		expect(api.sandbox.store.contacts.size).toBe(1000);
	});
});

describe('Batching across input items: Create Many accounts', () => {
	it('the accounts of all items go out 100 per request; one output item per account, in input order', async () => {
		const accounts = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}` }));
		const input = [accounts('A', 90), accounts('B', 100), accounts('C', 60)];
		const output = await runNode({
			parameters: { resource: 'contactAccount', operation: 'createMany', items: '={{ $json.accounts }}' },
			credentials: api.credentials,
			items: itemsWith(input.map((list) => ({ accounts: list }))),
		});
		expect(api.sent()).toEqual(['POST /v3/contact-accounts/bulk', 'POST /v3/contact-accounts/bulk', 'POST /v3/contact-accounts/bulk']);
		expect(bodies().map((b) => b.items.length)).toEqual([100, 100, 50]);
		expect(output.map((o) => o.json.name)).toEqual(input.flat().map((a) => a.name));
		expect(output.every((o) => o.json.created === true && typeof o.json.id === 'number')).toBe(true);
		expect(api.sandbox.store.accounts.size).toBe(250);
	});
});
