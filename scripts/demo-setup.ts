/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- demo tooling, not part of the package (files: dist) */
/**
 * The pieces of `npm run demo`, shared with `npm run screenshots`: build the package, start the seeded
 * sandbox (or use a real Reply.io key), start real n8n with the packed package installed, import the
 * credential and the demo workflow, run it, print what happened.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import type { Sandbox } from '../sandbox/server';
import { createSandbox } from '../sandbox/server';
import { seedSampleData } from '../sandbox/seed';
import type { N8nRun } from '../test/e2e/n8n';
import { N8nHarness, outputOf } from '../test/e2e/n8n';

export const root = join(__dirname, '..');
export const DEMO_WORKFLOW_FILE = join(root, 'demo', 'sync-crm-leads.workflow.json');
export const DEMO_WORKFLOW_NAME = 'Demo: sync CRM leads into Reply.io';

export interface Demo {
	sandbox?: Sandbox;
	n8n: N8nHarness;
	workflowId: string;
}

export function buildPackage(say: (line: string) => void): void {
	say('building the package (tsc + icons)');
	execSync('npx tsc -p tsconfig.json && npx gulp build:icons', { cwd: root, stdio: 'ignore' });
}

/**
 * Sandbox (unless `realKey` is given) + n8n with the package, the credential and the demo workflow imported.
 * `real.baseUrl` defaults to Reply.io's public API.
 */
export async function prepareDemo(say: (line: string) => void, real?: { key: string; baseUrl?: string }): Promise<Demo> {
	const sandbox = real ? undefined : await createSandbox({ rateLimit: { perMinute: 100, perHour: 3000 } });
	if (sandbox) {
		const seeded = seedSampleData(sandbox);
		say(`Reply.io sandbox on ${sandbox.url} with ${seeded.contactIds.length} contacts and ${seeded.accountIds.length} accounts`);
	} else {
		say(`using the real Reply.io API at ${real?.baseUrl ?? 'https://api.reply.io'}`);
	}
	const baseUrl = sandbox?.url ?? real?.baseUrl ?? 'https://api.reply.io';
	const apiKey = sandbox?.apiKey ?? real!.key;

	say('preparing n8n (the first run installs it into .cache/: several minutes, ~3 GB)');
	const n8n = await N8nHarness.create(say);
	await n8n.importCredential(baseUrl, apiKey);
	const workflowId = await n8n.importWorkflow(DEMO_WORKFLOW_FILE);
	return { sandbox, n8n, workflowId };
}

export async function runDemoWorkflow(demo: Demo, say: (line: string) => void): Promise<N8nRun> {
	say(`running the workflow "${DEMO_WORKFLOW_NAME}" in n8n`);
	return await demo.n8n.execute(demo.workflowId);
}

export function printSummary(run: N8nRun, sandbox?: Sandbox): void {
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
}
