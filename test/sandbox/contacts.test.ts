import { createSandbox, type Sandbox } from '../../sandbox/server';
import { client } from './client';

describe('sandbox contacts', () => {
	let sb: Sandbox;
	let call: ReturnType<typeof client>;

	beforeAll(async () => {
		sb = await createSandbox({ rateLimit: false });
		call = client(sb);
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	describe('create (POST /v4/contacts)', () => {
		it('returns 201 with the v4 model: PascalCase enums, key/value custom fields, sequences and lists', async () => {
			const res = await call('POST', '/v4/contacts', {
				body: {
					email: 'john.doe@company.com',
					firstName: 'John',
					companySize: 'OneThousand',
					phone: '+1-415-555-0123',
					customFields: [{ key: 'leadSource', value: 'Conference' }],
				},
			});
			expect(res.status).toBe(201);
			expect(res.body).toMatchObject({
				id: expect.any(Number),
				email: 'john.doe@company.com',
				domain: 'company.com',
				companySize: 'OneThousand',
				phoneStatus: 'NotValidated',
				ownerUserId: 1,
				accountId: null,
				isOptedOut: false,
				customFields: [{ key: 'leadSource', value: 'Conference' }],
				sequences: [],
				lists: [],
			});
			expect(res.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
			expect(res.body.addingDate).toMatch(/\+00:00$/);
		});

		it('accepts a LinkedIn URL instead of an email', async () => {
			const res = await call('POST', '/v4/contacts', {
				body: { linkedInUrl: 'https://www.linkedin.com/in/ann' },
			});
			expect(res.status).toBe(201);
		});

		it('rejects a duplicate email as contact.invalidInput', async () => {
			sb.store.addContact({ email: 'ann@example.com' });
			const res = await call('POST', '/v4/contacts', { body: { email: 'ANN@example.com' } });
			expect(res.status).toBe(400);
			expect(res.body).toMatchObject({
				code: 'contact.invalidInput',
				detail: 'Contact already exists.',
			});
		});

		it('rejects an unknown accountId', async () => {
			const res = await call('POST', '/v4/contacts', { body: { email: 'a@b.co', accountId: 999 } });
			expect(res.body.code).toBe('contact.invalidInput');
		});
	});

	describe('read, update, delete', () => {
		it('gets a contact in the v3 read model (camelCase companySize)', async () => {
			const c = sb.store.addContact({ email: 'ann@example.com', companySize: 'FiveHundred' });
			const res = await call('GET', `/v3/contacts/${c.id}`);
			expect(res.body).toMatchObject({
				id: c.id,
				companySize: 'fiveHundred',
				callStatus: 'none',
				meetingStatus: 'none',
			});
		});

		it('answers an unknown id with 404 contact.notFound', async () => {
			for (const [method, body] of [['GET'], ['PATCH', { title: 'x' }], ['DELETE']] as const) {
				const res = await call(method, '/v3/contacts/4242', { body });
				expect(res.status).toBe(404);
				expect(res.body.code).toBe('contact.notFound');
			}
		});

		it('PATCH changes only the fields sent; null clears nullable fields', async () => {
			const [account] = sb.store.seedAccounts(1);
			const c = sb.store.addContact({
				email: 'ann@example.com',
				firstName: 'Ann',
				title: 'CTO',
				accountId: account.id,
				callStatus: 'toCall',
			});
			const res = await call('PATCH', `/v3/contacts/${c.id}`, {
				body: { title: 'CEO', accountId: null, callStatus: null, isOptedOut: true, ownerUserId: 2 },
			});
			expect(res.status).toBe(200);
			expect(res.body).toMatchObject({
				firstName: 'Ann',
				title: 'CEO',
				accountId: null,
				callStatus: 'none',
				isOptedOut: true,
				ownerUserId: 2,
			});
		});

		it('PATCH updates custom fields by id or name into the stored key/value list', async () => {
			const field = sb.store.addCustomField({ title: 'leadSource' });
			sb.store.addCustomField({ title: 'budget', fieldType: 'number' });
			const c = sb.store.addContact({
				email: 'a@b.co',
				customFields: [
					{ key: 'leadSource', value: 'Web' },
					{ key: 'tier', value: 'A' },
				],
			});
			const res = await call('PATCH', `/v3/contacts/${c.id}`, {
				body: {
					customFields: [
						{ id: field.id, value: 'Referral' },
						{ name: 'budget', value: '5000' },
						{ name: 'tier', value: null },
					],
				},
			});
			expect(res.body.customFields).toEqual([
				{ key: 'leadSource', value: 'Referral' },
				{ key: 'budget', value: '5000' },
			]);
			const bad = await call('PATCH', `/v3/contacts/${c.id}`, {
				body: { customFields: [{ name: 'budget', value: 'lots' }] },
			});
			expect(bad.body.code).toBe('contact.invalidInput');
		});

		it('PATCH rejects an owner outside the team with 400', async () => {
			const c = sb.store.addContact({ email: 'a@b.co' });
			const res = await call('PATCH', `/v3/contacts/${c.id}`, { body: { ownerUserId: 7 } });
			expect(res.status).toBe(400);
			expect(res.body.detail).toBe('OwnerUserId 7 is not a member of the team.');
		});

		it('DELETE answers 204 with an empty body and removes the contact', async () => {
			const c = sb.store.addContact({ email: 'a@b.co' });
			const res = await call('DELETE', `/v3/contacts/${c.id}`);
			expect(res.status).toBe(204);
			expect(res.body).toBeUndefined();
			expect(sb.store.contacts.has(c.id)).toBe(false);
		});

		it('looks contacts up by exact email or LinkedIn URL', async () => {
			sb.store.seedContacts(5);
			const ann = sb.store.addContact({
				email: 'ann@example.com',
				linkedInUrl: 'https://www.linkedin.com/in/ann/',
			});
			const byEmail = await call('GET', '/v3/contacts?email=ann%40example.com');
			expect(byEmail.body.items.map((c: { id: number }) => c.id)).toEqual([ann.id]);
			const byLinkedIn = await call(
				'GET',
				`/v3/contacts?linkedIn=${encodeURIComponent('linkedin.com/in/ann')}`,
			);
			expect(byLinkedIn.body.items.map((c: { id: number }) => c.id)).toEqual([ann.id]);
		});
	});

	describe('import', () => {
		it('creates, dedupes by email and reports per-item results', async () => {
			sb.store.addContact({ email: 'old@example.com', firstName: 'Old', title: 'Keep' });
			const res = await call('POST', '/v3/contacts/import', {
				body: {
					items: [
						{ email: 'new@example.com', firstName: 'New' },
						{ email: 'old@example.com', firstName: 'Old', title: 'Changed', city: 'Oslo' },
						{ email: 'nofirst@example.com', lastName: 'Only' },
						{ email: 'broken', firstName: 'Bad' },
					],
				},
			});
			expect(res.status).toBe(200);
			expect(res.body).toMatchObject({ added: 1, updated: 1, skipped: 0, failed: 2 });
			expect(res.body.items.map((i: { status: string }) => i.status)).toEqual([
				'created',
				'updated',
				'failed',
				'failed',
			]);
			expect(res.body.items[2]).toEqual({ id: null, status: 'failed', error: 'Invalid data' });
			// Without overwriteExisting only empty fields are filled in.
			const old = sb.store.findContactByEmail('old@example.com')!;
			expect(old.title).toBe('Keep');
			expect(old.city).toBe('Oslo');
		});

		it('honours skipExisting and overwriteExisting', async () => {
			sb.store.addContact({ email: 'old@example.com', firstName: 'Old', title: 'Keep' });
			const skipped = await call('POST', '/v3/contacts/import', {
				body: {
					items: [{ email: 'old@example.com', firstName: 'X' }],
					options: { skipExisting: true },
				},
			});
			expect(skipped.body.items[0].status).toBe('skipped');
			const overwritten = await call('POST', '/v3/contacts/import', {
				body: {
					items: [{ email: 'old@example.com', firstName: 'Old', title: 'New' }],
					options: { overwriteExisting: true },
				},
			});
			expect(overwritten.body.items[0].status).toBe('updated');
			expect(sb.store.findContactByEmail('old@example.com')!.title).toBe('New');
		});

		it('fails number custom fields with a non-number value as "Wrong field format"', async () => {
			sb.store.addCustomField({ title: 'budget', fieldType: 'number' });
			const res = await call('POST', '/v3/contacts/import', {
				body: {
					items: [
						{ email: 'a@b.co', firstName: 'A', customFields: [{ name: 'budget', value: 'lots' }] },
					],
				},
			});
			expect(res.body.items[0]).toEqual({
				id: null,
				status: 'failed',
				error: 'Wrong field format',
			});
		});

		it('rejects more than 1000 items with contact.limitExceeded', async () => {
			const items = Array.from({ length: 1001 }, (_, i) => ({ firstName: `C${i}` }));
			const res = await call('POST', '/v3/contacts/import', { body: { items } });
			expect(res.status).toBe(400);
			expect(res.body).toMatchObject({
				code: 'contact.limitExceeded',
				detail: 'Maximum 1000 items per import request.',
			});
		});

		it('adds imported contacts to lists', async () => {
			const list = sb.store.addContactList({ name: 'Imported' });
			const res = await call('POST', '/v3/contacts/import', {
				body: { items: [{ email: 'a@b.co', firstName: 'A' }], options: { listIds: [list.id] } },
			});
			expect(list.contactIds.has(res.body.items[0].id)).toBe(true);
		});
	});

	describe('filter', () => {
		beforeEach(() => {
			sb.store.addContact({
				email: 'ann@acme.com',
				firstName: 'Ann',
				company: 'Acme',
				title: 'CTO',
			});
			sb.store.addContact({
				email: 'bob@globex.com',
				firstName: 'Bob',
				company: 'Globex',
				title: 'VP Sales',
			});
			sb.store.addContact({
				email: 'cy@acme.com',
				firstName: 'Cy',
				company: 'Acme',
				title: 'VP Marketing',
			});
		});

		const names = (res: { body: { items: { firstName: string }[] } }) =>
			res.body.items.map((c) => c.firstName);

		it('applies rules, search term and sorting', async () => {
			const rules = await call('POST', '/v3/contacts/filter', {
				body: {
					rules: [{ property: 'company', condition: 'Equals', value: 'acme' }],
					sortBy: 'firstName',
					sortDirection: 'desc',
				},
			});
			expect(names(rules)).toEqual(['Cy', 'Ann']);
			const search = await call('POST', '/v3/contacts/filter', { body: { searchTerm: 'vp' } });
			expect(names(search)).toEqual(['Bob', 'Cy']);
			const contains = await call('POST', '/v3/contacts/filter', {
				body: { rules: [{ property: 'email', condition: 'Contains', value: 'globex' }] },
			});
			expect(names(contains)).toEqual(['Bob']);
		});

		it('restricts to a list and pages the result', async () => {
			const ids = [...sb.store.contacts.keys()];
			const list = sb.store.addContactList({ name: 'Two', contactIds: ids.slice(0, 2) });
			const res = await call('POST', '/v3/contacts/filter?top=1', { body: { listId: list.id } });
			expect(res.body.items).toHaveLength(1);
			expect(res.body.hasMore).toBe(true);
		});

		it('rejects unknown properties and conditions', async () => {
			const res = await call('POST', '/v3/contacts/filter', {
				body: { rules: [{ property: 'shoeSize', condition: 'Equals', value: '9' }] },
			});
			expect(res.body.errors).toEqual([
				{ pointer: '/rules/0/property', detail: expect.any(String) },
			]);
		});
	});

	describe('bulk operations', () => {
		it('bulk-delete reports missing ids in the NotProcessed dictionary', async () => {
			const [a, b] = sb.store.seedContacts(2);
			const res = await call('POST', '/v3/contacts/bulk-delete', {
				body: { ids: [a.id, b.id, 9999] },
			});
			expect(res.body).toEqual({ '9999': { error: 'notFound', errorDetails: null } });
			expect(sb.store.contacts.size).toBe(0);
		});

		it('set-replied / set-bounced / set-status-in-sequence change the enrollments', async () => {
			const [a, b] = sb.store.seedContacts(2);
			sb.store.enroll(a.id, 1);
			sb.store.enroll(b.id, 2);
			expect(
				(
					await call('POST', '/v3/contacts/set-status-in-sequence', {
						body: { contactIds: [a.id, b.id], statusInSequence: 'paused' },
					})
				).body,
			).toEqual({});
			expect(
				(
					await call('POST', '/v3/contacts/set-bounced', {
						body: { contactIds: [b.id], isBounced: true },
					})
				).body,
			).toEqual({});
			expect(
				(
					await call('POST', '/v3/contacts/set-replied', {
						body: { contactIds: [a.id, 5], isReplied: true },
					})
				).body,
			).toEqual({
				'5': { error: 'notFound', errorDetails: null },
			});
			const statuses = await call('GET', `/v3/contacts/${b.id}/statuses`);
			expect(statuses.body.sequences[0]).toMatchObject({
				statusInSequence: 'bounced',
				emailDisposition: { isReplied: false, isBounced: true },
			});
			const sequences = await call('GET', `/v3/contacts/${a.id}/sequences`);
			expect(sequences.body[0]).toMatchObject({
				sequenceId: 1,
				statusInSequence: 'finished',
				currentStep: { stepId: null, displayName: 'Finished' },
			});
		});

		it('enforces contactIds 1..100 and the set-bounced resendEmails rule', async () => {
			const none = await call('POST', '/v3/contacts/set-replied', {
				body: { contactIds: [], isReplied: true },
			});
			expect(none.status).toBe(400);
			const tooMany = await call('POST', '/v3/contacts/set-replied', {
				body: { contactIds: Array.from({ length: 101 }, (_, i) => i + 1), isReplied: true },
			});
			expect(tooMany.body.errors[0].pointer).toBe('/contactIds');
			const resend = await call('POST', '/v3/contacts/set-bounced', {
				body: { contactIds: [1], isBounced: false },
			});
			expect(resend.body.errors[0].pointer).toBe('/resendEmails');
			const badStatus = await call('POST', '/v3/contacts/set-status-in-sequence', {
				body: { contactIds: [1], statusInSequence: 'replied' },
			});
			expect(badStatus.status).toBe(400);
		});

		it('PUT /v3/contacts/owner reassigns and answers a non-member with 404', async () => {
			const [a, b] = sb.store.seedContacts(2);
			const res = await call('PUT', '/v3/contacts/owner', {
				body: { contactIds: [a.id, b.id], userId: 3 },
			});
			expect(res.body).toEqual({ isSuccess: true, affectedIds: [a.id, b.id] });
			expect(sb.store.contacts.get(a.id)!.ownerUserId).toBe(3);
			const stranger = await call('PUT', '/v3/contacts/owner', {
				body: { contactIds: [a.id], userId: 7 },
			});
			expect(stranger.status).toBe(404);
			expect(stranger.body).toMatchObject({
				code: 'contact.notFound',
				detail: 'User 7 is not a member of the team.',
			});
		});
	});

	describe('per-contact resources', () => {
		it('notes answer 204 and show up in the activities', async () => {
			const [c] = sb.store.seedContacts(1);
			expect(
				(
					await call('POST', `/v3/contacts/${c.id}/notes`, {
						body: { notes: 'Called, left voicemail.' },
					})
				).status,
			).toBe(204);
			const activities = await call('GET', `/v3/contacts/${c.id}/activities`);
			expect(activities.body.items[0]).toMatchObject({
				activityType: 'note',
				content: { text: 'Called, left voicemail.' },
				userId: 1,
			});
			expect(activities.body.hasMore).toBe(false);
		});

		it('move-to-sequence enrolls (204) and answers an unknown sequence with contact.sequenceNotFound', async () => {
			const [c] = sb.store.seedContacts(1);
			expect(
				(await call('POST', `/v3/contacts/${c.id}/move-to-sequence`, { body: { sequenceId: 2 } }))
					.status,
			).toBe(204);
			const sequences = await call('GET', `/v3/contacts/${c.id}/sequences`);
			expect(sequences.body).toEqual([
				expect.objectContaining({
					sequenceId: 2,
					sequenceName: 'Webinar Follow-up',
					statusInSequence: 'active',
				}),
			]);
			const again = await call('POST', `/v3/contacts/${c.id}/move-to-sequence`, {
				body: { sequenceId: 2 },
			});
			expect(again.body.code).toBe('contact.invalidInput');
			const missing = await call('POST', `/v3/contacts/${c.id}/move-to-sequence`, {
				body: { sequenceId: 77 },
			});
			expect(missing.status).toBe(404);
			expect(missing.body.code).toBe('contact.sequenceNotFound');
			const moved = await call('POST', `/v3/contacts/${c.id}/move-to-sequence`, {
				body: { sequenceId: 1, removeFromExisting: true },
			});
			expect(moved.status).toBe(204);
			expect(sb.store.enrollmentsOf(c.id).map((e) => e.sequenceId)).toEqual([1]);
		});

		it('lists the contact lists a contact belongs to as a plain array', async () => {
			const [c] = sb.store.seedContacts(1);
			const list = sb.store.addContactList({ name: 'VIP', contactIds: [c.id] });
			sb.store.addContactList({ name: 'Other' });
			expect((await call('GET', `/v3/contacts/${c.id}/lists`)).body).toEqual([
				{ id: list.id, name: 'VIP' },
			]);
		});
	});
});
