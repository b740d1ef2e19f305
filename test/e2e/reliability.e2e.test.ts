/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/**
 * Continue On Fail inside a real n8n: what the next node receives for a failed item (n8n puts the
 * message into `json.error`), and that the item keeps its place and its pairing.
 * docs/reliability.md refers to this test.
 */
import { join } from 'node:path';
import type { Sandbox } from '../../sandbox/server';
import { createSandbox } from '../../sandbox/server';
import { N8nHarness, outputOf } from './n8n';

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

test('Continue On Fail: the invalid item reaches the next node as an error item in its place; the others are created', async () => {
	const id = await n8n.importWorkflow(join(__dirname, 'workflows', 'continue-on-fail.json'));
	const run = await n8n.execute(id);
	const after = outputOf(run, 'After');
	expect(after.map((json) => json.email ?? json.error)).toEqual([
		'ann@acme.com',
		'Invalid input: Email "bob-at-acme" is not a valid email address',
		'cy@acme.com',
	]);
	const failed = run.data.resultData.runData['Create contacts'][0].data?.main[0]?.[1] as { error?: { context?: { itemIndex?: number } }; pairedItem?: unknown };
	expect(failed.error?.context?.itemIndex).toBe(1);
	expect(failed.pairedItem).toEqual({ item: 1 });
	expect(JSON.stringify(run)).not.toContain(sandbox.apiKey);
	// Only the two valid contacts were sent.
	expect(sandbox.requests.map((r) => `${r.method} ${r.path} ${(r.body as { email: string }).email}`).sort()).toEqual([
		'POST /v4/contacts ann@acme.com',
		'POST /v4/contacts cy@acme.com',
	]);
}, 300_000);
