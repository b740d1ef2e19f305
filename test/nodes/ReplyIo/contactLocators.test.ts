/**
 * Contact "By Email" locator and the custom-field editor on contact create/update, run through
 * n8n-core's RoutingNode against the sandbox: the exact requests and bodies Reply.io would get.
 */
import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();
const run = (parameters: Record<string, unknown>, extra: Partial<Parameters<typeof runNode>[0]> = {}) =>
	runNode({ parameters: { resource: 'contact', ...parameters } as never, credentials: api.credentials, ...extra });
const byEmail = (value: string) => ({ __rl: true, mode: 'email', value });
const fromList = (value: number | string) => ({ __rl: true, mode: 'list', value: String(value) });
const customFields = (...values: Array<{ field: string | number; value: string }>) => ({ customFields: { values } });

describe('Contact locator › By Email', () => {
	it('looks the email up (exact match), then sends the request to that contact', async () => {
		api.sandbox.store.addContact({ email: 'someone@else.com' });
		const jane = api.sandbox.store.addContact({ email: 'Jane@Acme.com', firstName: 'Jane' });
		const [item] = await run({ operation: 'get', contactId: byEmail(' jane@acme.com ') });
		expect(api.sent()).toEqual([`GET /v3/contacts?email=jane%40acme.com&top=1`, `GET /v3/contacts/${jane.id}`]);
		expect(item.json).toMatchObject({ id: jane.id, firstName: 'Jane' });
	});

	it('no contact has the email: a clear error and nothing else is sent', async () => {
		api.sandbox.store.addContact({ email: 'jane@acme.com' });
		await expect(run({ operation: 'delete', contactId: byEmail('nobody@acme.com') })).rejects.toThrow(
			'No contact with the email "nobody@acme.com"',
		);
		expect(api.sent()).toEqual(['GET /v3/contacts?email=nobody%40acme.com&top=1']);
		expect(api.sandbox.store.contacts.size).toBe(1);
	});

	it('not an email address: fails before any request', async () => {
		await expect(run({ operation: 'get', contactId: byEmail('jane-at-acme') })).rejects.toThrow(
			'Invalid Contact: "jane-at-acme" is not an email address',
		);
		expect(api.sent()).toEqual([]);
	});

	it('outputs the contact ID it found, not the email (delete, add note, move to sequence)', async () => {
		const jane = api.sandbox.store.addContact({ email: 'jane@acme.com' });
		const [note] = await run({ operation: 'addNote', contactId: byEmail('jane@acme.com'), notes: 'Met at the fair' });
		expect(note.json).toEqual({ contactId: jane.id, noteAdded: true });
		const [moved] = await run({ operation: 'moveToSequence', contactId: byEmail('jane@acme.com'), sequenceId: fromList(2) });
		expect(moved.json).toEqual({ contactId: jane.id, sequenceId: 2, movedToSequence: true });
		expect(api.sandbox.requests.at(-1)!.body).toEqual({ sequenceId: 2 });
		const [deleted] = await run({ operation: 'delete', contactId: byEmail('jane@acme.com') });
		expect(deleted.json).toEqual({ id: jane.id, deleted: true });
		expect(api.sent().filter((line) => !line.startsWith('GET /v3/contacts?'))).toEqual([
			`POST /v3/contacts/${jane.id}/notes`,
			`POST /v3/contacts/${jane.id}/move-to-sequence`,
			`DELETE /v3/contacts/${jane.id}`,
		]);
	});

	it('each item resolves its own email; with Continue On Fail a missing one fails only its item', async () => {
		const a = api.sandbox.store.addContact({ email: 'a@acme.com' });
		const output = await run(
			{ operation: 'getStatuses', contactId: byEmail('={{ $json.email }}') },
			{ items: [{ json: { email: 'a@acme.com' } }, { json: { email: 'missing@acme.com' } }], continueOnFail: true },
		);
		expect(output[0].json).toMatchObject({ contactId: a.id });
		expect((output[1] as { error?: Error }).error?.message).toBe('No contact with the email "missing@acme.com"');
		// RoutingNode sends the items concurrently, so only the set of requests is fixed.
		expect(api.sent().sort()).toEqual(
			[
				'GET /v3/contacts?email=a%40acme.com&top=1',
				'GET /v3/contacts?email=missing%40acme.com&top=1',
				`GET /v3/contacts/${a.id}/statuses`,
			].sort(),
		);
	});

	it('From List and By ID send no lookup', async () => {
		const jane = api.sandbox.store.addContact({ email: 'jane@acme.com' });
		await run({ operation: 'get', contactId: fromList(jane.id) });
		await run({ operation: 'get', contactId: byId(jane.id) });
		expect(api.sent()).toEqual([`GET /v3/contacts/${jane.id}`, `GET /v3/contacts/${jane.id}`]);
	});
});

describe('Custom fields › Create (POST /v4/contacts, {key, value})', () => {
	it('a field picked from the dropdown (its title) is sent as key', async () => {
		api.sandbox.store.addCustomField({ title: 'Lead Source' });
		api.sandbox.store.addCustomField({ title: 'Deal Size', fieldType: 'number' });
		const [item] = await run({
			operation: 'create',
			email: 'jane@acme.com',
			additionalFields: customFields({ field: 'Lead Source', value: 'Webinar' }, { field: 'Deal Size', value: '5000' }),
		});
		expect(api.sent()).toEqual(['POST /v4/contacts']);
		expect(api.sandbox.requests[0].body).toEqual({
			email: 'jane@acme.com',
			customFields: [
				{ key: 'Lead Source', value: 'Webinar' },
				{ key: 'Deal Size', value: '5000' },
			],
		});
		const stored = api.sandbox.store.contacts.get(item.json.id as number)!;
		expect(stored.customFields).toEqual([
			{ key: 'Lead Source', value: 'Webinar' },
			{ key: 'Deal Size', value: '5000' },
		]);
	});

	it('a field given by ID (expression) is looked up once and sent by its title; empty values are left out', async () => {
		const source = api.sandbox.store.addCustomField({ title: 'Lead Source' });
		await run({
			operation: 'create',
			email: 'jane@acme.com',
			additionalFields: customFields({ field: String(source.id), value: 'Referral' }, { field: 'Region', value: '' }),
		});
		expect(api.sent()).toEqual(['GET /v3/custom-fields', 'POST /v4/contacts']);
		expect(api.sandbox.requests[1].body).toEqual({
			email: 'jane@acme.com',
			customFields: [{ key: 'Lead Source', value: 'Referral' }],
		});
	});

	it('an unknown field ID fails the item; the contact is not created', async () => {
		await expect(
			run({ operation: 'create', email: 'jane@acme.com', additionalFields: customFields({ field: '4242', value: 'x' }) }),
		).rejects.toThrow('Invalid input: Custom Fields: there is no custom field with ID 4242');
		expect(api.sent()).toEqual(['GET /v3/custom-fields']);
		expect(api.sandbox.store.contacts.size).toBe(0);
	});
});

describe('Custom fields › Update (PATCH /v3/contacts/{id}, {id | name, value})', () => {
	it('the same editor: a title is sent as name, an ID as id, an empty value as null (clears)', async () => {
		const source = api.sandbox.store.addCustomField({ title: 'Lead Source' });
		api.sandbox.store.addCustomField({ title: 'Region' });
		api.sandbox.store.addCustomField({ title: 'Stage' });
		const jane = api.sandbox.store.addContact({
			email: 'jane@acme.com',
			customFields: [
				{ key: 'Lead Source', value: 'Webinar' },
				{ key: 'Stage', value: 'Cold' },
			],
		});
		const [item] = await run({
			operation: 'update',
			contactId: byId(jane.id),
			updateFields: customFields(
				{ field: 'Region', value: 'EMEA' },
				{ field: String(source.id), value: 'Referral' },
				{ field: 'Stage', value: '' },
			),
		});
		expect(api.sent()).toEqual([`PATCH /v3/contacts/${jane.id}`]);
		expect(api.sandbox.requests[0].body).toEqual({
			customFields: [
				{ name: 'Region', value: 'EMEA' },
				{ id: source.id, value: 'Referral' },
				{ name: 'Stage', value: null },
			],
		});
		expect(item.json.customFields).toEqual(
			expect.arrayContaining([
				{ key: 'Lead Source', value: 'Referral' },
				{ key: 'Region', value: 'EMEA' },
			]),
		);
		expect(api.sandbox.store.contacts.get(jane.id)!.customFields.map((cf) => cf.key).sort()).toEqual(['Lead Source', 'Region']);
	});

	it('a row without a field fails before sending', async () => {
		const jane = api.sandbox.store.addContact({ email: 'jane@acme.com' });
		await expect(
			run({ operation: 'update', contactId: byId(jane.id), updateFields: customFields({ field: ' ', value: 'x' }) }),
		).rejects.toThrow('Invalid input: Custom Fields [1]: choose a field, or give its title or ID');
		expect(api.sent()).toEqual([]);
	});
});
