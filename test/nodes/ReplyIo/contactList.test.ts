import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();
const run = (parameters: Record<string, unknown>) =>
	runNode({ parameters: { resource: 'contactList', ...parameters } as never, credentials: api.credentials });

describe('Contact List › Create', () => {
	it('sends the name and the optional sharing flag', async () => {
		const [item] = await run({ operation: 'create', name: 'Hot Leads', additionalFields: { isShared: true } });
		expect(api.sent()).toEqual(['POST /v3/contact-lists']);
		expect(api.sandbox.requests[0].body).toEqual({ name: 'Hot Leads', isShared: true });
		expect(item.json).toEqual({ id: expect.any(Number), name: 'Hot Leads', isShared: true });
	});

	it('sends only the name when nothing else is added', async () => {
		const [item] = await run({ operation: 'create', name: 'Cold Leads' });
		expect(api.sandbox.requests[0].body).toEqual({ name: 'Cold Leads' });
		expect(item.json).toEqual({ id: expect.any(Number), name: 'Cold Leads', isShared: false });
	});

	it('rejects a one-character name before sending', async () => {
		await expect(run({ operation: 'create', name: 'X' })).rejects.toThrow('Invalid input: Name "X" is shorter than 2 characters');
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('shows Reply.io\'s 409 for a duplicate name', async () => {
		api.sandbox.store.addContactList({ name: 'Hot Leads' });
		await expect(run({ operation: 'create', name: 'hot leads' })).rejects.toThrow(
			"Reply.io 409 [contactsList.duplicateName]: A contact list named 'hot leads' already exists.",
		);
	});
});

describe('Contact List › Get / Get Many', () => {
	it('gets one list, also when picked "From List"', async () => {
		const list = api.sandbox.store.addContactList({ name: 'Webinar', isShared: true });
		const [byIdItem] = await run({ operation: 'get', contactListId: byId(list.id) });
		const [fromList] = await run({
			operation: 'get',
			contactListId: { __rl: true, mode: 'list', value: String(list.id), cachedResultName: 'Webinar' },
		});
		expect(api.sent()).toEqual([`GET /v3/contact-lists/${list.id}`, `GET /v3/contact-lists/${list.id}`]);
		expect(byIdItem.json).toEqual({ id: list.id, name: 'Webinar', isShared: true });
		expect(fromList.json).toEqual(byIdItem.json);
	});

	it('rejects an ID that is not a number before sending', async () => {
		await expect(run({ operation: 'get', contactListId: byId('abc') })).rejects.toThrow(
			'Invalid Contact List: "abc" is not a Reply.io ID',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('Return All pages with top/skip until hasMore is false, passing the search', async () => {
		for (let i = 1; i <= 1050; i++) api.sandbox.store.addContactList({ name: `Leads ${i}` });
		api.sandbox.store.addContactList({ name: 'Customers' });
		const output = await run({ operation: 'getAll', returnAll: true, filters: { search: 'leads' } });
		expect(api.sent()).toEqual([
			'GET /v3/contact-lists?search=leads&top=1000&skip=0',
			'GET /v3/contact-lists?search=leads&top=1000&skip=1000',
		]);
		expect(output).toHaveLength(1050);
		expect(output[0].json).toEqual({ id: expect.any(Number), name: 'Leads 1', isShared: false });
		expect(output[1049].json.name).toBe('Leads 1050');
	});

	it('with a Limit asks only for what it needs', async () => {
		for (let i = 1; i <= 40; i++) api.sandbox.store.addContactList({ name: `List ${i}` });
		const output = await run({ operation: 'getAll', returnAll: false, limit: 30 });
		expect(api.sent()).toEqual(['GET /v3/contact-lists?top=30&skip=0']);
		expect(output.map((o) => o.json.name)).toEqual(Array.from({ length: 30 }, (_, i) => `List ${i + 1}`));
	});
});

describe('Contact List › Update (rename)', () => {
	it('PUTs only the new name; no read first', async () => {
		const list = api.sandbox.store.addContactList({ name: 'Old', isShared: true });
		const [item] = await run({ operation: 'update', contactListId: byId(list.id), name: 'New' });
		expect(api.sent()).toEqual([`PUT /v3/contact-lists/${list.id}`]);
		expect(api.sandbox.requests[0].body).toEqual({ name: 'New' });
		expect(item.json).toEqual({ id: list.id, name: 'New', isShared: true });
	});

	it('requires the name', async () => {
		const list = api.sandbox.store.addContactList({ name: 'Old' });
		await expect(run({ operation: 'update', contactListId: byId(list.id), name: '' })).rejects.toThrow(
			'Invalid input: Name is required',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact List › Delete / Share / Unshare', () => {
	it('deletes a list', async () => {
		const list = api.sandbox.store.addContactList({ name: 'Gone' });
		const [item] = await run({ operation: 'delete', contactListId: byId(list.id) });
		expect(api.sent()).toEqual([`DELETE /v3/contact-lists/${list.id}`]);
		expect(item.json).toEqual({ id: list.id, deleted: true });
		expect(api.sandbox.store.contactLists.has(list.id)).toBe(false);
	});

	it('shares a list: POST with no body, output { id, shared: true }', async () => {
		const list = api.sandbox.store.addContactList({ name: 'Team' });
		const [item] = await run({ operation: 'share', contactListId: byId(list.id) });
		expect(api.sent()).toEqual([`POST /v3/contact-lists/${list.id}/share`]);
		expect(api.sandbox.requests[0].body).toBeUndefined();
		expect(api.sandbox.requests[0].status).toBe(204);
		expect(item.json).toEqual({ id: list.id, shared: true });
		expect(api.sandbox.store.contactLists.get(list.id)!.isShared).toBe(true);
	});

	it('unshares a list: output { id, shared: false }', async () => {
		const list = api.sandbox.store.addContactList({ name: 'Team', isShared: true });
		const [item] = await run({ operation: 'unshare', contactListId: byId(list.id) });
		expect(api.sent()).toEqual([`POST /v3/contact-lists/${list.id}/unshare`]);
		expect(api.sandbox.requests[0].body).toBeUndefined();
		expect(item.json).toEqual({ id: list.id, shared: false });
		expect(api.sandbox.store.contactLists.get(list.id)!.isShared).toBe(false);
	});

	it('shows the 409 when a shared list with the same name exists', async () => {
		api.sandbox.store.addContactList({ name: 'Team', isShared: true, ownerUserId: 2 });
		const list = api.sandbox.store.addContactList({ name: 'team' });
		await expect(run({ operation: 'share', contactListId: byId(list.id) })).rejects.toThrow(
			/Reply\.io 409 \[contactsList\.duplicateName\]/,
		);
	});
});

describe('Contact List › Add Contacts / Move Contacts', () => {
	it('adds comma-separated ids and reports which failed', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		const other = api.sandbox.store.addContactList({ name: 'Other', contactIds: [a.id] });
		const list = api.sandbox.store.addContactList({ name: 'Target' });
		const [item] = await run({ operation: 'addContacts', contactListId: byId(list.id), contactIds: `${a.id}, ${b.id},777` });
		expect(api.sent()).toEqual([`POST /v3/contact-lists/${list.id}/add-contacts`]);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id, b.id, 777] });
		expect(item.json).toEqual({
			listId: list.id,
			requested: 3,
			succeeded: 2,
			processedIds: [a.id, b.id],
			failed: [{ id: 777, error: 'contactNotProcessed', errorDetails: 'Contact 777 not found.' }],
		});
		expect([...list.contactIds]).toEqual([a.id, b.id]);
		expect(other.contactIds.has(a.id)).toBe(true);
	});

	it('takes an expression that returns an array; {} from Reply.io means all went through', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		const list = api.sandbox.store.addContactList({ name: 'Target' });
		const [item] = await run({
			operation: 'addContacts',
			contactListId: byId(list.id),
			contactIds: `={{ [${a.id}, ${b.id}] }}`,
		});
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id, b.id] });
		expect(item.json).toEqual({ listId: list.id, requested: 2, succeeded: 2, processedIds: [a.id, b.id], failed: [] });
	});

	it('moves contacts: they leave every other list', async () => {
		const [a] = api.sandbox.store.seedContacts(1);
		const other = api.sandbox.store.addContactList({ name: 'Other', contactIds: [a.id] });
		const list = api.sandbox.store.addContactList({ name: 'Target' });
		const [item] = await run({ operation: 'moveContacts', contactListId: byId(list.id), contactIds: String(a.id) });
		expect(api.sent()).toEqual([`POST /v3/contact-lists/${list.id}/move-contacts`]);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id] });
		expect(item.json).toEqual({ listId: list.id, requested: 1, succeeded: 1, processedIds: [a.id], failed: [] });
		expect(other.contactIds.has(a.id)).toBe(false);
		expect(list.contactIds.has(a.id)).toBe(true);
	});

	it('rejects ids that are not numbers, and an empty list, before sending', async () => {
		const list = api.sandbox.store.addContactList({ name: 'Target' });
		await expect(run({ operation: 'addContacts', contactListId: byId(list.id), contactIds: '12, abc' })).rejects.toThrow(
			'Invalid input: Contact IDs [2] "abc" is not a whole number',
		);
		await expect(run({ operation: 'moveContacts', contactListId: byId(list.id), contactIds: ' , ' })).rejects.toThrow(
			'Invalid input: Contact IDs needs at least 1 value, got 0',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('fails on an unknown list with Reply.io\'s 404', async () => {
		await expect(run({ operation: 'addContacts', contactListId: byId(4040), contactIds: '1' })).rejects.toThrow(
			'Reply.io 404 [contactsList.notFound]: Contact list 4040 not found.',
		);
	});
});
