/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- the demo is a local CLI, not part of the package (files: dist) */
/**
 * `npm run demo`: the whole product on one machine.
 *   1. builds the package            4. imports a credential + the demo workflow (demo/*.workflow.json)
 *   2. starts the Reply.io sandbox    5. runs it with `n8n execute` and prints what happened
 *      with sample data              6. opens the n8n editor on http://127.0.0.1:5678 (until Ctrl+C)
 *   3. installs real n8n (first run only) with this package as a community node
 * `--headless` (or DEMO_HEADLESS=1) stops after step 5 — used by tests and CI.
 * To use a real Reply.io account instead of the sandbox: REPLY_API_KEY=… [REPLY_BASE_URL=…] npm run demo
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { createSandbox } from '../sandbox/server';
import { seedSampleData } from '../sandbox/seed';
import { N8nHarness, outputOf } from '../test/e2e/n8n';

const root = join(__dirname, '..');
const headless = process.argv.includes('--headless') || process.env.DEMO_HEADLESS === '1';
const editorPort = Number(process.env.DEMO_PORT ?? 5678);
const say = (line: string) => console.log(`[demo] ${line}`);

async function main() {
	say('building the package (tsc + icons)');
	execSync('npx tsc -p tsconfig.json && npx gulp build:icons', { cwd: root, stdio: 'ignore' });

	const realKey = process.env.REPLY_API_KEY;
	const sandbox = realKey ? undefined : await createSandbox({ rateLimit: { perMinute: 100, perHour: 3000 } });
	if (sandbox) {
		const seeded = seedSampleData(sandbox);
		say(`Reply.io sandbox on ${sandbox.url} with ${seeded.contactIds.length} contacts and ${seeded.accountIds.length} accounts`);
	} else {
		say(`using the real Reply.io API at ${process.env.REPLY_BASE_URL ?? 'https://api.reply.io'}`);
	}
	const baseUrl = sandbox?.url ?? process.env.REPLY_BASE_URL ?? 'https://api.reply.io';
	const apiKey = sandbox?.apiKey ?? realKey!;

	say('preparing n8n (the first run installs it into .cache/: several minutes, ~3 GB)');
	const n8n = await N8nHarness.create(say);
	await n8n.importCredential(baseUrl, apiKey);
	const workflowId = await n8n.importWorkflow(join(root, 'demo', 'sync-crm-leads.workflow.json'));
	say('running the workflow "Demo: sync CRM leads into Reply.io" in n8n');
	const run = await n8n.execute(workflowId);

	const [summary] = outputOf(run, 'Lead summary');
	const software = outputOf(run, 'Software accounts');
	console.log('\n──────── Demo result ────────');
	console.log(`Contacts created in Reply.io: ${summary.created}`);
	for (const line of summary.createdContacts as string[]) console.log(`  ✓ ${line}`);
	console.log(`Leads rejected (Continue On Fail kept the rest going): ${summary.failed}`);
	for (const line of summary.errors as string[]) console.log(`  ✗ ${line}`);
	console.log(`Accounts read with Return All: ${outputOf(run, 'Reply.io: all accounts').length}; software companies:`);
	for (const account of software) console.log(`  • ${account.account} (${account.domain}), ${account.contacts} contacts`);
	if (sandbox) console.log(`Requests the sandbox received: ${sandbox.requests.length}`);
	console.log('─────────────────────────────\n');

	if (headless) {
		await sandbox?.close();
		return;
	}
	const editor = await n8n.startEditor(editorPort);
	say(`n8n editor: http://127.0.0.1:${editorPort}  (first visit: create a local owner account; the workflow "Demo: sync CRM leads into Reply.io" is in the list)`);
	say('press Ctrl+C to stop n8n and the sandbox');
	const stop = async () => {
		editor.kill('SIGTERM');
		await sandbox?.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(`[demo] failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
