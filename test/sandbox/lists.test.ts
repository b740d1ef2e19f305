import { seedSampleData } from '../../sandbox/seed';
import { createSandbox, type Sandbox } from '../../sandbox/server';
import { client } from './client';

describe('sandbox lists, account lists and custom fields', () => {
	let sb: Sandbox;
	let call: ReturnType<typeof client>;

	beforeAll(async () => {
		sb = await createSandbox({ rateLimit: false });
		call = client(sb);
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	describe('contact lists', () => {
		it('creates, renames, shares and deletes', async () => {
			const created = await call('POST', '/v3/contact-lists', { body: { name: 'Hot Leads' } });
			expect(created.status).toBe(201);
			expect(created.body).toEqual({ id: expect.any(Number), name: 'Hot Leads', isShared: false });
			const id = created.body.id;
			expect(
				(await call('PUT', `/v3/contact-lists/${id}`, { body: { name: 'Warm Leads' } })).body.name,
			).toBe('Warm Leads');
			expect((await call('POST', `/v3/contact-lists/${id}/share`)).status).toBe(204);
			expect((await call('GET', `/v3/contact-lists/${id}`)).body.isShared).toBe(true);
			expect((await call('DELETE', `/v3/contact-lists/${id}`)).status).toBe(204);
			expect((await call('GET', `/v3/contact-lists/${id}`)).body.code).toBe(
				'contactsList.notFound',
			);
		});

		it('answers a duplicate name with 409 contactsList.duplicateName', async () => {
			sb.store.addContactList({ name: 'Hot Leads' });
			const res = await call('POST', '/v3/contact-lists', { body: { name: 'hot leads' } });
			expect(res.status).toBe(409);
			expect(res.body.code).toBe('contactsList.duplicateName');
		});

		it('add-contacts keeps other memberships; move-contacts removes them', async () => {
			const [a, b] = sb.store.seedContacts(2);
			const first = sb.store.addContactList({ name: 'First', contactIds: [a.id] });
			const second = sb.store.addContactList({ name: 'Second' });
			const added = await call('POST', `/v3/contact-lists/${second.id}/add-contacts`, {
				body: { contactIds: [a.id, 777] },
			});
			expect(added.body).toEqual({
				'777': { error: 'contactNotProcessed', errorDetails: 'Contact 777 not found.' },
			});
			expect(first.contactIds.has(a.id)).toBe(true);
			await call('POST', `/v3/contact-lists/${second.id}/move-contacts`, {
				body: { contactIds: [a.id, b.id] },
			});
			expect(first.contactIds.has(a.id)).toBe(false);
			expect([...second.contactIds]).toEqual([a.id, b.id]);
		});
	});

	describe('account lists', () => {
		it('defaults top to 100 and searches by name', async () => {
			for (let i = 0; i < 101; i++) sb.store.addAccountList({ name: `List ${i}` });
			const page = await call('GET', '/v3/contact-account-lists');
			expect(page.body.items).toHaveLength(100);
			expect(page.body.hasMore).toBe(true);
			const search = await call('GET', '/v3/contact-account-lists?search=list%2010');
			expect(search.body.items.map((l: { name: string }) => l.name)).toEqual([
				'List 10',
				'List 100',
			]);
		});

		it('creates with the name rules and moves accounts between lists', async () => {
			const created = await call('POST', '/v3/contact-account-lists', {
				body: { name: 'Targets' },
			});
			expect(created.status).toBe(201);
			expect(
				(await call('POST', '/v3/contact-account-lists', { body: { name: 'Targets' } })).status,
			).toBe(409);
			expect(
				(await call('POST', '/v3/contact-account-lists', { body: { name: 'ab' } })).status,
			).toBe(400);
			const [acc] = sb.store.seedAccounts(1);
			const other = sb.store.addAccountList({ name: 'Other', accountIds: [acc.id] });
			const moved = await call(
				'POST',
				`/v3/contact-account-lists/${created.body.id}/move-accounts`,
				{ body: { accountIds: [acc.id, 555] } },
			);
			expect(moved.body).toEqual({
				'555': { error: 'accountNotProcessed', errorDetails: 'Account 555 not found.' },
			});
			expect(other.accountIds.size).toBe(0);
			const filtered = await call('POST', '/v3/contact-accounts/filter', {
				body: { listId: created.body.id },
			});
			expect(filtered.body.items.map((a: { id: number }) => a.id)).toEqual([acc.id]);
		});
	});

	describe('custom fields', () => {
		it('lists as a bare array and manages definitions', async () => {
			const created = await call('POST', '/v3/custom-fields', {
				body: { title: 'leadSource', fieldType: 'text' },
			});
			expect(created.status).toBe(201);
			expect(created.body).toEqual({
				id: expect.any(Number),
				title: 'leadSource',
				fieldType: 'text',
				metadata: null,
				orgWide: false,
			});
			const list = await call('GET', '/v3/custom-fields');
			expect(list.body).toEqual([created.body]);
			const dup = await call('POST', '/v3/custom-fields', {
				body: { title: 'LeadSource', fieldType: 'text' },
			});
			expect(dup.status).toBe(409);
			expect(dup.body.code).toBe('customField.duplicateName');
			const updated = await call('PUT', `/v3/custom-fields/${created.body.id}`, {
				body: { title: 'source', fieldType: 'text' },
			});
			expect(updated.body.title).toBe('source');
		});

		it('refuses to delete a field that holds values', async () => {
			const field = sb.store.addCustomField({ title: 'tier' });
			sb.store.addContact({ email: 'a@b.co', customFields: [{ key: 'tier', value: 'gold' }] });
			const res = await call('DELETE', `/v3/custom-fields/${field.id}`);
			expect(res.status).toBe(409);
			expect(res.body.code).toBe('customField.hasValues');
		});
	});

	it('seeds realistic sample data', () => {
		const summary = seedSampleData(sb);
		expect(summary.contactIds.length).toBeGreaterThanOrEqual(30);
		expect(summary.accountIds).toHaveLength(8);
		expect(summary.contactListIds).toHaveLength(2);
		expect(summary.customFieldIds).toHaveLength(2);
		const contact = sb.store.contacts.get(summary.contactIds[0])!;
		expect(contact).toMatchObject({
			firstName: 'Maya',
			lastName: 'Chen',
			company: 'Northwind Analytics',
		});
		expect(sb.store.enrollments.length).toBeGreaterThan(0);
	});
});
