import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';
import { summarizeNotProcessed } from '../../../nodes/ReplyIo/shared/bulk';
import { withZoneOffset } from '../../../nodes/ReplyIo/shared/validation';

const api = useSandbox();
const run = (parameters: Record<string, unknown>, extra: Partial<Parameters<typeof runNode>[0]> = {}) =>
	runNode({ parameters: { resource: 'contact', ...parameters } as never, credentials: api.credentials, ...extra });
const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i).join(', ');

describe('Contact › Get Activities (paged)', () => {
	it('Return All pages with top=1000 until hasMore is false, newest first', async () => {
		const contact = api.sandbox.store.addContact({ email: 'busy@acme.com' });
		for (let i = 0; i < 2100; i++) api.sandbox.store.logActivity(contact.id, 'emailSent', { n: i });
		const output = await run({ operation: 'getActivities', contactId: byId(contact.id), returnAll: true });
		expect(api.sent()).toEqual([
			`GET /v3/contacts/${contact.id}/activities?top=1000&skip=0`,
			`GET /v3/contacts/${contact.id}/activities?top=1000&skip=1000`,
			`GET /v3/contacts/${contact.id}/activities?top=1000&skip=2000`,
		]);
		expect(output).toHaveLength(2100);
		expect(output[0].json).toMatchObject({ activityType: 'emailSent', content: { n: 2099 }, userId: 1, userName: 'Alex Morgan' });
		expect(new Set(output.map((o) => o.json.id)).size).toBe(2100);
	});

	it('Limit asks only for what it needs', async () => {
		const contact = api.sandbox.store.addContact({ email: 'a@acme.com' });
		for (let i = 0; i < 10; i++) api.sandbox.store.logActivity(contact.id, 'note');
		const output = await run({ operation: 'getActivities', contactId: byId(contact.id), returnAll: false, limit: 3 });
		expect(output).toHaveLength(3);
		expect(api.sent()).toEqual([`GET /v3/contacts/${contact.id}/activities?top=3&skip=0`]);
	});

	it('reports an unknown contact with the API error code', async () => {
		await expect(run({ operation: 'getActivities', contactId: byId(4242), returnAll: true })).rejects.toThrow(
			/Reply\.io 404 \[contact\.notFound\]/,
		);
	});
});

describe('Contact › Get Sequences / Get Statuses / Get Lists', () => {
	it('Get Sequences outputs one item per sequence (bare array)', async () => {
		const contact = api.sandbox.store.addContact({ email: 'seq@acme.com' });
		api.sandbox.store.enroll(contact.id, 1);
		api.sandbox.store.enroll(contact.id, 2, { status: 'paused' });
		const output = await run({ operation: 'getSequences', contactId: byId(contact.id) });
		expect(api.sent()).toEqual([`GET /v3/contacts/${contact.id}/sequences`]);
		expect(api.sandbox.requests[0].body).toBeUndefined();
		expect(output.map((o) => o.json)).toEqual([
			expect.objectContaining({ sequenceId: 1, sequenceName: 'Sales Outreach', statusInSequence: 'active', currentStep: { stepId: 101, displayName: 'Step 1 - Intro email' } }),
			expect.objectContaining({ sequenceId: 2, sequenceName: 'Webinar Follow-up', statusInSequence: 'paused' }),
		]);
	});

	it('Get Sequences outputs nothing for a contact in no sequence', async () => {
		const contact = api.sandbox.store.addContact({ email: 'none@acme.com' });
		expect(await run({ operation: 'getSequences', contactId: byId(contact.id) })).toEqual([]);
	});

	it('Get Statuses outputs the one status object', async () => {
		const contact = api.sandbox.store.addContact({ email: 'st@acme.com', callStatus: 'toCall' });
		const enrollment = api.sandbox.store.enroll(contact.id, 3);
		enrollment.isReplied = true;
		const output = await run({ operation: 'getStatuses', contactId: byId(contact.id) });
		expect(api.sent()).toEqual([`GET /v3/contacts/${contact.id}/statuses`]);
		expect(output.map((o) => o.json)).toEqual([
			{
				contactId: contact.id,
				isOptedOut: false,
				callStatus: 'toCall',
				meetingStatus: 'none',
				sequences: [
					{
						sequenceId: 3,
						sequenceName: 'Re-engagement',
						statusInSequence: 'replied',
						emailDisposition: { isReplied: true, isBounced: false },
					},
				],
			},
		]);
	});

	it('Get Lists outputs one item per list', async () => {
		const contact = api.sandbox.store.addContact({ email: 'lists@acme.com' });
		const vip = api.sandbox.store.addContactList({ name: 'VIP', contactIds: [contact.id] });
		const events = api.sandbox.store.addContactList({ name: 'Events', contactIds: [contact.id] });
		api.sandbox.store.addContactList({ name: 'Other' });
		const output = await run({ operation: 'getLists', contactId: byId(contact.id) });
		expect(api.sent()).toEqual([`GET /v3/contacts/${contact.id}/lists`]);
		expect(output.map((o) => o.json)).toEqual([
			{ id: vip.id, name: 'VIP' },
			{ id: events.id, name: 'Events' },
		]);
	});

	it('rejects a bad contact ID before sending', async () => {
		await expect(run({ operation: 'getLists', contactId: byId('0') })).rejects.toThrow('Invalid Contact: "0" is not a Reply.io ID');
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact › Add Note', () => {
	it('sends {notes} and outputs which contact got the note instead of the empty 204', async () => {
		const contact = api.sandbox.store.addContact({ email: 'note@acme.com' });
		const output = await run({ operation: 'addNote', contactId: byId(contact.id), notes: 'Called, wants a demo on Friday' });
		const [request] = api.sandbox.requests;
		expect(`${request.method} ${request.path}`).toBe(`POST /v3/contacts/${contact.id}/notes`);
		expect(request.body).toEqual({ notes: 'Called, wants a demo on Friday' });
		expect(request.status).toBe(204);
		expect(output.map((o) => o.json)).toEqual([{ contactId: contact.id, noteAdded: true }]);
		expect(api.sandbox.store.activities.at(-1)).toMatchObject({ contactId: contact.id, activityType: 'note' });
	});

	it('refuses an empty note before sending', async () => {
		await expect(run({ operation: 'addNote', contactId: byId(1000), notes: '' })).rejects.toThrow('Invalid input: Notes is required');
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact › Move to Sequence', () => {
	it('sends the generated body and outputs contact and sequence instead of the empty 204', async () => {
		const contact = api.sandbox.store.addContact({ email: 'move@acme.com' });
		api.sandbox.store.enroll(contact.id, 1);
		const output = await run({
			operation: 'moveToSequence',
			contactId: byId(contact.id),
			sequenceId: 2,
			additionalFields: { removeFromExisting: true, startStepId: 202, ignoreStepDelay: true, startFrom: '2030-01-15T09:00:00Z' },
		});
		const [request] = api.sandbox.requests;
		expect(`${request.method} ${request.path}`).toBe(`POST /v3/contacts/${contact.id}/move-to-sequence`);
		expect(request.body).toEqual({
			sequenceId: 2,
			removeFromExisting: true,
			startStepId: 202,
			ignoreStepDelay: true,
			startFrom: '2030-01-15T09:00:00Z',
		});
		expect(request.status).toBe(204);
		expect(output.map((o) => o.json)).toEqual([{ contactId: contact.id, sequenceId: 2, movedToSequence: true }]);
		expect(api.sandbox.store.enrollmentsOf(contact.id).map((e) => [e.sequenceId, e.currentStepId])).toEqual([[2, 202]]);
	});

	it("sends a date picked without an offset with the workflow time zone's offset", async () => {
		const contact = api.sandbox.store.addContact({ email: 'tz@acme.com' });
		await run({ operation: 'moveToSequence', contactId: byId(contact.id), sequenceId: 1, additionalFields: { startFrom: '2030-01-15T09:00:00' } });
		const sent = (api.sandbox.requests[0].body as { startFrom: string }).startFrom;
		expect(sent).toMatch(/^2030-01-15T09:00:00[+-]\d\d:\d\d$/);
		expect(api.sandbox.requests[0].status).toBe(204);
	});

	it('reports an unknown sequence with the API error code', async () => {
		const contact = api.sandbox.store.addContact({ email: 'x@acme.com' });
		await expect(run({ operation: 'moveToSequence', contactId: byId(contact.id), sequenceId: 99 })).rejects.toThrow(
			/Reply\.io 404 \[contact\.sequenceNotFound\]/,
		);
	});

	it('refuses sequence ID 0 before sending', async () => {
		await expect(run({ operation: 'moveToSequence', contactId: byId(1000), sequenceId: 0 })).rejects.toThrow(
			'Sequence ID 0 is below the minimum of 1',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact › Filter (POST, paged)', () => {
	it('Return All sends the same body with every page until hasMore is false', async () => {
		api.sandbox.store.seedContacts(2100, { title: 'CTO' });
		api.sandbox.store.seedContacts(30, { title: 'Intern' });
		const output = await run({
			operation: 'filter',
			returnAll: true,
			rules: { values: [{ property: 'title', condition: 'Equals', value: 'CTO' }] },
			options: { sortBy: 'email', sortDirection: 'desc' },
		});
		expect(api.sent()).toEqual([
			'POST /v3/contacts/filter?top=1000&skip=0',
			'POST /v3/contacts/filter?top=1000&skip=1000',
			'POST /v3/contacts/filter?top=1000&skip=2000',
		]);
		for (const request of api.sandbox.requests) {
			expect(request.body).toEqual({
				rules: [{ property: 'title', condition: 'Equals', value: 'CTO' }],
				sortBy: 'email',
				sortDirection: 'desc',
			});
		}
		expect(output).toHaveLength(2100);
		expect(output.every((o) => o.json.title === 'CTO')).toBe(true);
		const emails = output.map((o) => String(o.json.email));
		expect(emails).toEqual([...emails].sort().reverse());
	});

	it('scopes by list and search term, with a Limit', async () => {
		const [a, b] = api.sandbox.store.seedContacts(3, { company: 'Acme' });
		api.sandbox.store.addContact({ email: 'outside@acme.com', company: 'Acme' });
		const list = api.sandbox.store.addContactList({ name: 'Targets', contactIds: [a.id, b.id] });
		const output = await run({ operation: 'filter', returnAll: false, limit: 5, options: { listId: list.id, searchTerm: 'acme' } });
		expect(api.sent()).toEqual(['POST /v3/contacts/filter?top=5&skip=0']);
		expect(api.sandbox.requests[0].body).toEqual({ listId: list.id, searchTerm: 'acme' });
		expect(output.map((o) => o.json.id)).toEqual([a.id, b.id]);
	});

	it('sends an empty body when no criteria are set', async () => {
		api.sandbox.store.seedContacts(2);
		const output = await run({ operation: 'filter', returnAll: true });
		expect(api.sandbox.requests[0].body).toEqual({});
		expect(output).toHaveLength(2);
	});

	it('refuses a rule without a property before sending', async () => {
		await expect(
			run({ operation: 'filter', returnAll: true, rules: { values: [{ property: '', condition: 'Equals', value: 'x' }] } }),
		).rejects.toThrow('Rules [1] › Property is required');
		expect(api.sandbox.requests).toHaveLength(0);
	});
});

describe('Contact › Set Replied / Set Bounced / Set Status in Sequence (NotProcessed summary)', () => {
	it('Set Replied sends the ids and summarises found and unknown contacts', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		api.sandbox.store.enroll(a.id, 1);
		const output = await run({ operation: 'setReplied', contactIds: `${a.id}, 777, ${b.id}, 778`, isReplied: true });
		const [request] = api.sandbox.requests;
		expect(`${request.method} ${request.path}`).toBe('POST /v3/contacts/set-replied');
		expect(request.body).toEqual({ contactIds: [a.id, 777, b.id, 778], isReplied: true });
		expect(output.map((o) => o.json)).toEqual([
			{
				requested: 4,
				succeeded: 2,
				processedIds: [a.id, b.id],
				failed: [
					{ id: 777, error: 'notFound', errorDetails: null },
					{ id: 778, error: 'notFound', errorDetails: null },
				],
			},
		]);
		expect(api.sandbox.store.enrollmentsOf(a.id)[0]).toMatchObject({ isReplied: true, status: 'finished' });
	});

	it('Set Replied accepts an expression that returns an array of ids', async () => {
		const [a] = api.sandbox.store.seedContacts(1);
		const output = await run(
			{ operation: 'setReplied', contactIds: '={{ $json.ids }}', isReplied: false },
			{ items: [{ json: { ids: [a.id] } }] },
		);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id], isReplied: false });
		expect(output[0].json).toEqual({ requested: 1, succeeded: 1, processedIds: [a.id], failed: [] });
	});

	it('Set Replied refuses 101 ids before sending', async () => {
		await expect(run({ operation: 'setReplied', contactIds: ids(101), isReplied: true })).rejects.toThrow(
			'Invalid input: Contact IDs allows at most 100 values per request, got 101',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('Set Replied refuses a non-numeric id before sending', async () => {
		await expect(run({ operation: 'setReplied', contactIds: '12, abc', isReplied: true })).rejects.toThrow(
			'Contact IDs [2] "abc" is not a whole number',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('Set Bounced (true) leaves Resend Emails out', async () => {
		const [a] = api.sandbox.store.seedContacts(1);
		api.sandbox.store.enroll(a.id, 1);
		const output = await run({ operation: 'setBounced', contactIds: `${a.id}`, isBounced: true });
		expect(api.sent()).toEqual(['POST /v3/contacts/set-bounced']);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id], isBounced: true });
		expect(output[0].json).toEqual({ requested: 1, succeeded: 1, processedIds: [a.id], failed: [] });
		expect(api.sandbox.store.enrollmentsOf(a.id)[0].isBounced).toBe(true);
	});

	it('Set Bounced (false) sends Resend Emails', async () => {
		const [a] = api.sandbox.store.seedContacts(1);
		const output = await run({
			operation: 'setBounced',
			contactIds: `${a.id}, 9999`,
			isBounced: false,
			additionalFields: { resendEmails: true },
		});
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id, 9999], isBounced: false, resendEmails: true });
		expect(output[0].json).toMatchObject({ requested: 2, succeeded: 1, failed: [{ id: 9999, error: 'notFound' }] });
	});

	it('Set Bounced refuses isBounced=false without Resend Emails before sending', async () => {
		await expect(run({ operation: 'setBounced', contactIds: '1000', isBounced: false })).rejects.toThrow(
			'Invalid input: Resend Emails is required when Is Bounced is false',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('Set Bounced refuses Resend Emails with isBounced=true before sending', async () => {
		await expect(
			run({ operation: 'setBounced', contactIds: '1000', isBounced: true, additionalFields: { resendEmails: false } }),
		).rejects.toThrow('Invalid input: Resend Emails must be left out when Is Bounced is true');
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('Set Status in Sequence sends the status and summarises', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		api.sandbox.store.enroll(a.id, 1);
		api.sandbox.store.enroll(b.id, 2);
		const output = await run({ operation: 'setStatusInSequence', contactIds: `${a.id},${b.id},5`, statusInSequence: 'paused' });
		expect(api.sent()).toEqual(['POST /v3/contacts/set-status-in-sequence']);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id, b.id, 5], statusInSequence: 'paused' });
		expect(output[0].json).toEqual({
			requested: 3,
			succeeded: 2,
			processedIds: [a.id, b.id],
			failed: [{ id: 5, error: 'notFound', errorDetails: null }],
		});
		expect(api.sandbox.store.enrollments.map((e) => e.status)).toEqual(['paused', 'paused']);
	});

	it('Set Status in Sequence refuses a status outside the writable ones', async () => {
		await expect(run({ operation: 'setStatusInSequence', contactIds: '1000', statusInSequence: 'replied' })).rejects.toThrow(
			'Status In Sequence "replied" is not one of the allowed values: active, paused, finished, outOfOffice',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('the ids of all input items go out in one request; each item gets a summary of its own ids', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		const output = await run(
			{ operation: 'setReplied', contactIds: '={{ $json.ids }}', isReplied: true },
			{ items: [{ json: { ids: `${a.id}` } }, { json: { ids: `${b.id}, 31337` } }] },
		);
		expect(api.sent()).toEqual(['POST /v3/contacts/set-replied']);
		expect(api.sandbox.requests[0].body).toEqual({ contactIds: [a.id, b.id, 31337], isReplied: true });
		expect(output.map((o) => o.json.processedIds)).toEqual([[a.id], [b.id]]);
		expect(output.map((o) => o.json.succeeded)).toEqual([1, 1]);
		expect(output.map((o) => (o.json.failed as unknown[]).length)).toEqual([0, 1]);
	});
});

describe('Contact › Change Owner / Delete Many', () => {
	it('Change Owner sends {contactIds, userId, reassignTasks} with PUT and outputs the result', async () => {
		const [a, b] = api.sandbox.store.seedContacts(2);
		const output = await run({
			operation: 'changeOwner',
			contactIds: `${a.id}, ${b.id}, 4040`,
			userId: 2,
			additionalFields: { reassignTasks: true },
		});
		const [request] = api.sandbox.requests;
		expect(`${request.method} ${request.path}`).toBe('PUT /v3/contacts/owner');
		expect(request.body).toEqual({ contactIds: [a.id, b.id, 4040], userId: 2, reassignTasks: true });
		expect(output.map((o) => o.json)).toEqual([{ isSuccess: false, affectedIds: [a.id, b.id] }]);
		expect(api.sandbox.store.contacts.get(a.id)!.ownerUserId).toBe(2);
	});

	it('Change Owner reports a user outside the team with the API error', async () => {
		const [a] = api.sandbox.store.seedContacts(1);
		await expect(run({ operation: 'changeOwner', contactIds: `${a.id}`, userId: 42 })).rejects.toThrow(
			'Reply.io 404 [contact.notFound]: User 42 is not a member of the team.',
		);
	});

	it('Change Owner refuses an empty id list before sending', async () => {
		await expect(run({ operation: 'changeOwner', contactIds: ' , ', userId: 2 })).rejects.toThrow(
			'Contact IDs needs at least 1 value, got 0',
		);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('Delete Many sends {ids} from comma-separated text and summarises found and unknown ids', async () => {
		const [a, b, c] = api.sandbox.store.seedContacts(3);
		const output = await run({ operation: 'deleteMany', ids: `${a.id}, 5555, ${c.id}` });
		expect(api.sent()).toEqual(['POST /v3/contacts/bulk-delete']);
		expect(api.sandbox.requests[0].body).toEqual({ ids: [a.id, 5555, c.id] });
		expect(output.map((o) => o.json)).toEqual([
			{ requested: 3, succeeded: 2, processedIds: [a.id, c.id], failed: [{ id: 5555, error: 'notFound', errorDetails: null }] },
		]);
		expect([...api.sandbox.store.contacts.keys()]).toEqual([b.id]);
	});
});

describe('summarizeNotProcessed', () => {
	it('counts distinct ids, keeps request order, accepts numeric error codes and unknown keys', () => {
		expect(
			summarizeNotProcessed([3, 1, 3, 2], { '2': { error: 1, errorDetails: 'Not found' }, '3': { error: 'forbidden' } }),
		).toEqual({
			requested: 3,
			succeeded: 1,
			processedIds: [1],
			failed: [
				{ id: 3, error: 'forbidden', errorDetails: null },
				{ id: 2, error: 1, errorDetails: 'Not found' },
			],
		});
		expect(summarizeNotProcessed([1, 2], {})).toEqual({ requested: 2, succeeded: 2, processedIds: [1, 2], failed: [] });
	});
});

describe('withZoneOffset', () => {
	it("adds the zone's offset in force at that date (summer and winter time)", () => {
		expect(withZoneOffset('2030-07-01T09:00:00', 'Europe/Berlin')).toBe('2030-07-01T09:00:00+02:00');
		expect(withZoneOffset('2030-01-15T09:00', 'Europe/Berlin')).toBe('2030-01-15T09:00:00+01:00');
		expect(withZoneOffset('2030-01-15T09:00:00', 'America/New_York')).toBe('2030-01-15T09:00:00-05:00');
		expect(withZoneOffset('2030-01-15T09:00:00', 'Asia/Kolkata')).toBe('2030-01-15T09:00:00+05:30');
	});

	it('leaves values that already carry an offset, dates without a time and unknown zones alone', () => {
		expect(withZoneOffset('2030-01-15T09:00:00Z', 'Europe/Berlin')).toBe('2030-01-15T09:00:00Z');
		expect(withZoneOffset('2030-01-15T09:00:00+03:00', 'Europe/Berlin')).toBe('2030-01-15T09:00:00+03:00');
		expect(withZoneOffset('2030-01-15', 'Europe/Berlin')).toBe('2030-01-15');
		expect(withZoneOffset('2030-01-15T09:00:00', 'Not/AZone')).toBe('2030-01-15T09:00:00');
	});
});
