/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/**
 * The node inside a real n8n: installed from the packed tarball as a community node, driven by
 * workflow files through `n8n execute`, against the sandbox on 127.0.0.1.
 */
import { join } from 'node:path';
import type { Sandbox } from '../../sandbox/server';
import { createSandbox } from '../../sandbox/server';
import { N8nHarness, outputOf } from './n8n';

const workflows = join(__dirname, 'workflows');
let sandbox: Sandbox;
let n8n: N8nHarness;

beforeAll(async () => {
	sandbox = await createSandbox({ rateLimit: false });
	n8n = await N8nHarness.create((line) => process.stdout.write(`[e2e] ${line}\n`));
	await n8n.importCredential(sandbox.url, sandbox.apiKey);
}, 900_000);

afterAll(async () => {
	await sandbox?.close();
});

beforeEach(() => sandbox.reset());

test('Get Many with Return All reads every page', async () => {
	sandbox.store.seedContacts(2300);
	const id = await n8n.importWorkflow(join(workflows, 'get-many-return-all.json'));
	const run = await n8n.execute(id);
	const contacts = outputOf(run, 'All contacts');
	expect(contacts).toHaveLength(2300);
	expect(sandbox.requests.map((r) => `${r.method} ${r.path} top=${r.query.top} skip=${r.query.skip}`)).toEqual([
		'GET /v3/contacts top=1000 skip=0',
		'GET /v3/contacts top=1000 skip=1000',
		'GET /v3/contacts top=1000 skip=2000',
	]);
	expect(sandbox.requests[0].headers['x-api-key']).toBe(sandbox.apiKey);
});

test('an account update keeps the fields it did not touch', async () => {
	const id = await n8n.importWorkflow(join(workflows, 'account-update-keeps-fields.json'));
	const run = await n8n.execute(id);
	const [updated] = outputOf(run, 'Move to Paris');
	expect(updated).toMatchObject({
		name: 'Umbrella Corp',
		domainName: 'umbrella.example',
		industry: 'Biotech',
		companySize: '501-1000',
		city: 'Paris',
	});
	expect(sandbox.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'PUT']);
});

test('Code → Import of 2500 contacts → Code: three import requests, one result per contact, in order', async () => {
	for (let i = 0; i < 10; i++) sandbox.store.addContact({ email: `lead${i}@bulk.example`, firstName: 'Old' });
	const id = await n8n.importWorkflow(join(workflows, 'import-2500.json'));
	const run = await n8n.execute(id);
	expect(outputOf(run, 'Count')).toEqual([{ total: 2500, created: 2490, updated: 10, failed: 0, withId: 2500, sameOrder: true }]);
	expect(sandbox.requests.map((r) => `${r.method} ${r.path} ${(r.body as { items: unknown[] }).items.length}`)).toEqual([
		'POST /v3/contacts/import 1000',
		'POST /v3/contacts/import 1000',
		'POST /v3/contacts/import 500',
	]);
	expect(sandbox.store.contacts.size).toBe(2500);
	expect(sandbox.store.findContactByEmail('lead3@bulk.example')?.firstName).toBe('Lead3');
});

test('custom fields from the dropdown, a contact By Email, owner and sequence From List', async () => {
	sandbox.store.addCustomField({ title: 'Lead Source' });
	sandbox.store.addCustomField({ title: 'Stage' });
	const id = await n8n.importWorkflow(join(workflows, 'contact-by-email-custom-fields.json'));
	const run = await n8n.execute(id);
	const [created] = outputOf(run, 'Create contact');
	const contactId = created.id as number;
	expect(sandbox.requests.map((r) => `${r.method} ${r.path}${r.query.email ? `?email=${r.query.email}` : ''}`)).toEqual([
		'POST /v4/contacts',
		'GET /v3/contacts?email=wanda@westview.example',
		`PATCH /v3/contacts/${contactId}`,
		'GET /v3/contacts?email=wanda@westview.example',
		`POST /v3/contacts/${contactId}/move-to-sequence`,
	]);
	expect(sandbox.requests[0].body).toMatchObject({
		customFields: [
			{ key: 'Lead Source', value: 'Webinar' },
			{ key: 'Stage', value: 'Cold' },
		],
	});
	expect(sandbox.requests[2].body).toEqual({
		ownerUserId: 2,
		customFields: [
			{ name: 'Lead Source', value: 'Referral' },
			{ name: 'Stage', value: null },
		],
	});
	expect(sandbox.requests[4].body).toEqual({ sequenceId: 2 });
	expect(outputOf(run, 'Move to sequence')).toEqual([{ contactId, sequenceId: 2, movedToSequence: true }]);
	expect(sandbox.store.contacts.get(contactId)).toMatchObject({ ownerUserId: 2, customFields: [{ key: 'Lead Source', value: 'Referral' }] });
});

test('create an account, a contact linked to it, then the account\'s contacts', async () => {
	const id = await n8n.importWorkflow(join(workflows, 'account-linked-contact.json'));
	const run = await n8n.execute(id);
	const [account] = outputOf(run, 'Create account');
	const [contact] = outputOf(run, 'Create contact');
	expect(outputOf(run, 'Account contacts')).toEqual([expect.objectContaining({ id: contact.id, email: 'pepper@stark.example' })]);
	expect(sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		'POST /v3/contact-accounts',
		'POST /v4/contacts',
		`GET /v3/contact-accounts/${String(account.id)}/contacts`,
	]);
});

test('composes with Set, IF and Merge: only leads with an email reach Reply.io, Merge gets all of them', async () => {
	const ada = sandbox.store.addContact({ email: 'ada@example.com', firstName: 'A.' });
	const id = await n8n.importWorkflow(join(workflows, 'set-if-merge-upsert.json'));
	const run = await n8n.execute(id);
	const merged = outputOf(run, 'All leads');
	expect(merged).toHaveLength(3);
	expect(merged.map((m) => [m.email ?? '', m.action ?? 'skipped'])).toEqual([
		['ada@example.com', 'updated'],
		['grace@example.com', 'created'],
		['', 'skipped'],
	]);
	expect(merged[0]).toMatchObject({ id: ada.id, firstName: 'Ada' });
	expect(sandbox.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
		`PATCH /v3/contacts/${ada.id}`,
		'POST /v4/contacts',
	]);
});
