/** Contact › Create or Update: look up by email (then LinkedIn URL), PATCH if found, POST /v4/contacts if not. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { runNode } from '../../harness/routing';
import { useSandbox } from '../../harness/sandbox';
import { toPatchBody } from '../../../nodes/ReplyIo/resources/contact/upsert';

const api = useSandbox();
const run = (parameters: IDataObject, items?: INodeExecutionData[], continueOnFail = false) =>
	runNode({ parameters: { resource: 'contact', operation: 'upsert', ...parameters }, credentials: api.credentials, items, continueOnFail });

describe('Contact › Create or Update', () => {
	it('updates the contact with that email (PATCH, custom fields by name) and says so', async () => {
		const existing = api.sandbox.store.addContact({ email: 'ada@example.com', firstName: 'Ada', title: 'Engineer' });
		api.sandbox.store.addCustomField({ title: 'leadSource', fieldType: 'text' });
		const [item] = await run({
			email: 'ada@example.com',
			additionalFields: { lastName: 'Lovelace', customFields: { values: [{ field: 'leadSource', value: 'n8n' }] } },
		});
		expect(api.sent()).toEqual([
			'GET /v3/contacts?email=ada%40example.com&top=1',
			`PATCH /v3/contacts/${existing.id}`,
		]);
		expect(api.sandbox.requests[1].body).toEqual({
			email: 'ada@example.com',
			lastName: 'Lovelace',
			customFields: [{ name: 'leadSource', value: 'n8n' }],
		});
		expect(item.json).toMatchObject({ action: 'updated', id: existing.id, firstName: 'Ada', lastName: 'Lovelace', title: 'Engineer' });
	});

	it('creates the contact when no contact has that email or LinkedIn URL', async () => {
		const [item] = await run({
			email: 'grace@example.com',
			linkedInUrl: 'https://www.linkedin.com/in/grace',
			additionalFields: { firstName: 'Grace' },
		});
		expect(api.sent()).toEqual([
			'GET /v3/contacts?email=grace%40example.com&top=1',
			'GET /v3/contacts?linkedIn=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fgrace&top=1',
			'POST /v4/contacts',
		]);
		expect(item.json).toMatchObject({ action: 'created', email: 'grace@example.com', firstName: 'Grace' });
		expect(api.sandbox.store.findContactByEmail('grace@example.com')?.id).toBe(item.json.id);
	});

	it('finds a contact by LinkedIn URL when there is no email', async () => {
		const existing = api.sandbox.store.addContact({ linkedInUrl: 'https://www.linkedin.com/in/alan', firstName: 'Alan' });
		const [item] = await run({ linkedInUrl: 'https://www.linkedin.com/in/alan', additionalFields: { title: 'Mathematician' } });
		expect(api.sent()).toEqual([
			'GET /v3/contacts?linkedIn=https%3A%2F%2Fwww.linkedin.com%2Fin%2Falan&top=1',
			`PATCH /v3/contacts/${existing.id}`,
		]);
		expect(item.json).toMatchObject({ action: 'updated', id: existing.id, title: 'Mathematician' });
	});

	it('two items with the same new email in one run: the first creates, the second updates (no duplicate)', async () => {
		const output = await run({ email: '={{ $json.email }}', additionalFields: { firstName: '={{ $json.name }}' } }, [
			{ json: { email: 'same@example.com', name: 'First' } },
			{ json: { email: 'same@example.com', name: 'Second' } },
		]);
		expect(output.map((o) => o.json.action)).toEqual(['created', 'updated']);
		expect(output[0].json.id).toBe(output[1].json.id);
		expect([...api.sandbox.store.contacts.values()].filter((c) => c.email === 'same@example.com')).toHaveLength(1);
	});

	it('neither email nor LinkedIn URL: fails before any request', async () => {
		await expect(run({ additionalFields: { firstName: 'Nobody' } })).rejects.toThrow(/Email.*LinkedIn URL|LinkedIn URL.*Email/);
		expect(api.sandbox.requests).toHaveLength(0);
	});

	it('toPatchBody renames custom field keys to names and keeps every other field', () => {
		expect(toPatchBody({ email: 'a@b.co', customFields: [{ key: 'tier', value: 'gold' }] })).toEqual({
			email: 'a@b.co',
			customFields: [{ name: 'tier', value: 'gold' }],
		});
	});
});
