/** Contact › Import: one contact per input item, batched into POST /v3/contacts/import requests of up to 1000. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runNode } from '../../harness/routing';
import { useSandbox } from '../../harness/sandbox';

const api = useSandbox();

const mapped = {
	resource: 'contact',
	operation: 'import',
	email: '={{ $json.email }}',
	firstName: '={{ $json.first }}',
	lastName: '={{ $json.last }}',
};
const itemsWith = (values: IDataObject[]): INodeExecutionData[] => values.map((json) => ({ json }));
const people = (n: number) =>
	itemsWith(Array.from({ length: n }, (_, i) => ({ email: `person${i}@example.com`, first: `Person${i}`, last: 'Imported' })));
const importBodies = () => api.sandbox.requests.map((r) => r.body as { items: IDataObject[]; options?: IDataObject });

describe('Contact › Import', () => {
	it('sends the items as one request with the options and outputs each contact with its status', async () => {
		const existing = api.sandbox.store.addContact({ email: 'ada@example.com', firstName: 'Ada' });
		const list = api.sandbox.store.addContactList({ name: 'Imported leads' });
		const output = await runNode({
			parameters: { ...mapped, options: { listIds: String(list.id), keys: { linkedInUrl: true } } },
			credentials: api.credentials,
			items: itemsWith([
				{ email: 'ada@example.com', first: 'Ada', last: 'Lovelace' },
				{ email: 'grace@example.com', first: 'Grace', last: 'Hopper' },
			]),
		});
		expect(api.sent()).toEqual(['POST /v3/contacts/import']);
		expect(importBodies()[0]).toEqual({
			items: [
				{ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
				{ email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper' },
			],
			options: { listIds: [list.id], keys: { linkedInUrl: true } },
		});
		const grace = api.sandbox.store.findContactByEmail('grace@example.com')!;
		expect(output.map((o) => o.json)).toEqual([
			{ id: existing.id, status: 'updated', error: null, email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
			{ id: grace.id, status: 'created', error: null, email: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper' },
		]);
		expect([...api.sandbox.store.contactLists.get(list.id)!.contactIds].sort()).toEqual([existing.id, grace.id].sort());
	});

	it('1001 items: two requests (1000 + 1), one output per item in input order', async () => {
		const output = await runNode({ parameters: mapped, credentials: api.credentials, items: people(1001) });
		expect(importBodies().map((b) => b.items.length)).toEqual([1000, 1]);
		expect(output).toHaveLength(1001);
		expect(output.map((o) => o.json.email)).toEqual(people(1001).map((i) => i.json.email));
		expect(output.every((o) => o.json.status === 'created' && typeof o.json.id === 'number')).toBe(true);
		expect(new Set(output.map((o) => o.json.id)).size).toBe(1001);
		expect(api.sandbox.store.contacts.size).toBe(1001);
	});

	it('items with different Import Options go in separate requests', async () => {
		const output = await runNode({
			parameters: { ...mapped, options: { skipExisting: '={{ $json.skip }}' } },
			credentials: api.credentials,
			items: itemsWith([
				{ email: 'a@example.com', first: 'A', skip: true },
				{ email: 'b@example.com', first: 'B', skip: false },
				{ email: 'c@example.com', first: 'C', skip: true },
			]),
		});
		expect(importBodies().map((b) => [b.items.map((i) => i.firstName), b.options])).toEqual([
			[['A', 'C'], { skipExisting: true }],
			[['B'], { skipExisting: false }],
		]);
		expect(output.map((o) => o.json.firstName)).toEqual(['A', 'B', 'C']);
	});

	it('a contact Reply.io refuses is a normal item with status "failed" and the reason', async () => {
		const output = await runNode({
			parameters: { ...mapped, additionalFields: { timeZoneId: '={{ $json.zone }}' } },
			credentials: api.credentials,
			items: itemsWith([
				{ email: 'ok@example.com', first: 'Ok', zone: 'Europe/Paris' },
				{ email: 'bad@example.com', first: 'Bad', zone: 'Mars/Olympus' },
			]),
		});
		expect(output.map((o) => [o.json.status, o.json.error])).toEqual([
			['created', null],
			['failed', "Unknown time zone 'Mars/Olympus'."],
		]);
		expect(output[1].json.id).toBeNull();
	});

	it('bad input fails that item before anything is sent (no Continue On Fail: nothing is imported)', async () => {
		await expect(
			runNode({
				parameters: mapped,
				credentials: api.credentials,
				items: itemsWith([
					{ email: 'a@example.com', first: 'A' },
					{ email: 'not-an-email', first: 'B' },
				]),
			}),
		).rejects.toMatchObject({
			message: expect.stringContaining('Email "not-an-email" is not a valid email address'),
			context: expect.objectContaining({ itemIndex: 1 }),
		});
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('with Continue On Fail the bad item becomes an error item and the others are imported', async () => {
		const output = await runNode({
			parameters: mapped,
			credentials: api.credentials,
			items: itemsWith([{ email: 'a@example.com', first: 'A' }, { email: 'b@example.com' }, { email: 'c@example.com', first: 'C' }]),
			continueOnFail: true,
		});
		expect(importBodies().map((b) => b.items.map((i) => i.email))).toEqual([['a@example.com', 'c@example.com']]);
		expect(output).toHaveLength(3);
		expect(output[1].error?.message).toContain('First Name');
		expect([output[0].json.status, output[2].json.status]).toEqual(['created', 'created']);
	});

	it('a request Reply.io rejects as a whole gives an error item for each of its contacts', async () => {
		const output = await runNode({
			parameters: { ...mapped, options: { listIds: '987654' } },
			credentials: api.credentials,
			items: people(3),
			continueOnFail: true,
		});
		expect(api.sent()).toEqual(['POST /v3/contacts/import']);
		expect(output).toHaveLength(3);
		for (const item of output) {
			expect(item.error?.message).toMatch(/Reply\.io 400.*Contact list 987654 not found/);
			expect(item.error?.description).toContain('the batch request (3 records)');
		}
		expect(api.sandbox.store.contacts.size).toBe(0);
	});
});

describe('Contact › Import › custom fields', () => {
	it('picked by title or ID, they are sent in the import shape {name | id, value}', async () => {
		const field = api.sandbox.store.addCustomField({ title: 'Tier', fieldType: 'text' });
		await runNode({
			parameters: {
				...mapped,
				additionalFields: { customFields: { values: [{ field: 'Tier', value: 'gold' }, { field: field.id, value: 'x' }] } },
			},
			credentials: api.credentials,
			items: people(1),
		});
		expect(importBodies()[0].items[0].customFields).toEqual([
			{ name: 'Tier', value: 'gold' },
			{ id: field.id, value: 'x' },
		]);
	});
});
