/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/**
 * The node in the real n8n editor, in headless Chromium (scripts/editor-browser.ts): the nodes panel
 * finds it by name and by the codex aliases, its Resource / Operation dropdowns list what the node
 * describes, and the credential dialog shows the credential's fields and a passing connection test.
 * Needs /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it); without it the suite
 * is skipped with a message saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodePropertyOptions } from 'n8n-workflow';
import { ReplyIo } from '../../nodes/ReplyIo/ReplyIo.node';
import type { Sandbox } from '../../sandbox/server';
import { createSandbox } from '../../sandbox/server';
import type { EditorBrowser } from '../../scripts/editor-browser';
import {
	CHROMIUM_MISSING,
	chromiumAvailable,
	dropdownOptions,
	openCredentialDialog,
	openEditor,
	openNode,
	openWorkflow,
	searchNodesPanel,
	setUpOwner,
} from '../../scripts/editor-browser';
import { freePort, N8nHarness, stopEditor } from './n8n';
import type { ChildProcess } from 'node:child_process';

const root = join(__dirname, '..', '..');
const DEMO_WORKFLOW = join(root, 'demo', 'sync-crm-leads.workflow.json');
const CREATE_CONTACT_NODE_ID = 'd3';

const codex = JSON.parse(readFileSync(join(root, 'nodes', 'ReplyIo', 'ReplyIo.node.json'), 'utf8')) as { alias: string[] };
const { properties } = new ReplyIo().description;
const optionNames = (name: string, resource?: string) =>
	(
		properties.find((p) => p.name === name && (!resource || p.displayOptions?.show?.resource?.includes(resource)))?.options as INodePropertyOptions[]
	).map((o) => o.name);

const suite = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) console.warn(`editor.e2e: browser checks skipped — ${CHROMIUM_MISSING}`);

suite('the Reply.io node in the n8n editor (headless Chromium)', () => {
	let sandbox: Sandbox;
	let editor: ChildProcess;
	let browser: EditorBrowser;
	let baseUrl: string;
	let workflowId: string;

	beforeAll(async () => {
		sandbox = await createSandbox({ rateLimit: false });
		const n8n = await N8nHarness.create((line) => process.stdout.write(`[e2e] ${line}\n`));
		await n8n.importCredential(sandbox.url, sandbox.apiKey);
		workflowId = await n8n.importWorkflow(DEMO_WORKFLOW);
		const port = await freePort();
		baseUrl = `http://127.0.0.1:${port}`;
		editor = await n8n.startEditor(port);
		const { cookie } = await setUpOwner(baseUrl);
		browser = await openEditor(baseUrl, cookie);
		await openWorkflow(browser.page, baseUrl, workflowId);
	}, 900_000);

	afterAll(async () => {
		await browser?.close();
		await stopEditor(editor);
		await sandbox?.close();
	});

	test('the nodes panel finds the node by its name and by codex aliases, and not by an unrelated word', async () => {
		expect(await searchNodesPanel(browser.page, 'Reply.io')).toContain('Reply.io');
		for (const alias of ['outreach', 'prospects']) {
			expect(codex.alias).toContain(alias);
			expect(await searchNodesPanel(browser.page, alias)).toContain('Reply.io');
		}
		expect(await searchNodesPanel(browser.page, 'spreadsheet')).not.toContain('Reply.io');
	}, 180_000);

	test('the Resource and Operation dropdowns list what the node describes', async () => {
		await openNode(browser.page, baseUrl, workflowId, CREATE_CONTACT_NODE_ID);
		const resources = await dropdownOptions(browser.page, 'resource');
		// n8n appends "Custom API Call" to nodes with a credential.
		expect(resources).toEqual([...optionNames('resource'), 'Custom API Call']);
		const operations = await dropdownOptions(browser.page, 'operation');
		expect(operations).toEqual(expect.arrayContaining(optionNames('operation', 'contact')));
		expect(operations).toContain('Create');
	}, 180_000);

	test('the credential dialog shows the fields and a passing connection test against the sandbox', async () => {
		const before = sandbox.requests.length;
		const dialog = await openCredentialDialog(browser.page);
		expect(dialog.fields).toEqual(expect.arrayContaining(['apiKey', 'authHeader', 'teamId', 'baseUrl']));
		expect(dialog.testBanner).toMatch(/Connection tested successfully/);
		expect(dialog.testButton).toBe('Retry');
		// The banner comes from the credential's own test request, sent by n8n to the sandbox.
		const test = sandbox.requests.slice(before).find((r) => r.path === '/v3/contact-lists');
		expect(test?.query.top).toBe('1');
		expect(test?.headers['x-api-key']).toBe(sandbox.apiKey);
	}, 180_000);
});
