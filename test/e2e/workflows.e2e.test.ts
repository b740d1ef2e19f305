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
