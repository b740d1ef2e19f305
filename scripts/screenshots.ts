/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- docs tooling, not part of the package (files: dist) */
/**
 * `npm run screenshots`: real pictures of the node in the n8n editor for the README.
 *   1. runs the demo (build, seeded sandbox, real n8n with the packed package, the demo workflow)
 *   2. starts the n8n editor on a free port and creates the owner account over the REST API
 *   3. in headless Chromium (Debian's /usr/bin/chromium through playwright-core) saves
 *      docs/images/node-editor.png     the Reply.io node open on the canvas (parameters panel)
 *      docs/images/demo-execution.png  the finished demo run in the execution view
 *      docs/images/credential.png      the credential dialog after its connection test
 * Needs Chromium: `apt-get install -y chromium`. Without it the script says so and exits 0
 * (SCREENSHOTS_REQUIRED=1 makes that an error).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, stopEditor } from '../test/e2e/n8n';
import { buildPackage, prepareDemo, printSummary, root, runDemoWorkflow } from './demo-setup';
import { CHROMIUM_MISSING, chromiumAvailable, openCredentialDialog, openEditor, openNode, rest, setUpOwner } from './editor-browser';

const say = (line: string) => console.log(`[screenshots] ${line}`);
const imagesDir = join(root, 'docs', 'images');
// The node the README's picture shows: the demo's "Reply.io: create contact" (node id d3).
const CREATE_CONTACT_NODE_ID = 'd3';

async function main() {
	if (!chromiumAvailable()) {
		say(`skipped: ${CHROMIUM_MISSING}`);
		process.exit(process.env.SCREENSHOTS_REQUIRED === '1' ? 1 : 0);
	}
	buildPackage(say);
	const demo = await prepareDemo(say);
	const run = await runDemoWorkflow(demo, say);
	printSummary(run, demo.sandbox);

	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	say(`starting the n8n editor on ${baseUrl}`);
	const editor = await demo.n8n.startEditor(port);
	try {
		const { cookie } = await setUpOwner(baseUrl);
		const executions = await rest<{ results: Array<{ id: string; status: string }> }>(
			baseUrl,
			cookie,
			`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: demo.workflowId }))}`,
		);
		const finished = executions.results.find((execution) => execution.status === 'success');
		if (!finished) throw new Error(`the demo run is not among the saved executions: ${JSON.stringify(executions.results)}`);

		mkdirSync(imagesDir, { recursive: true });
		const browser = await openEditor(baseUrl, cookie);
		try {
			const { page } = browser;
			await openNode(page, baseUrl, demo.workflowId, CREATE_CONTACT_NODE_ID);
			// Dropdowns that load their options from Reply.io (custom fields) must have answered.
			await page.getByText('Loading options').first().waitFor({ state: 'hidden', timeout: 60_000 });
			await page.waitForTimeout(1000); // let the panel finish its opening animation
			await page.screenshot({ path: join(imagesDir, 'node-editor.png') });
			say('saved docs/images/node-editor.png');

			const credential = await openCredentialDialog(page);
			if (!/tested successfully/i.test(credential.testBanner)) throw new Error(`credential test did not pass: ${credential.testBanner}`);
			await page.screenshot({ path: join(imagesDir, 'credential.png') });
			say('saved docs/images/credential.png');

			await page.goto(`${baseUrl}/workflow/${demo.workflowId}/executions/${finished.id}`);
			await page.waitForSelector('[data-test-id="canvas-node-status-success"]', { timeout: 120_000 });
			await page.waitForTimeout(1000);
			await page.screenshot({ path: join(imagesDir, 'demo-execution.png') });
			say('saved docs/images/demo-execution.png');
		} finally {
			await browser.close();
		}
	} finally {
		await stopEditor(editor);
		await demo.sandbox?.close();
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(`[screenshots] failed: ${error instanceof Error ? error.stack : String(error)}`);
		process.exit(1);
	},
);
