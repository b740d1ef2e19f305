/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- the demo is a local CLI, not part of the package (files: dist) */
/**
 * `npm run demo`: the whole product on one machine.
 *   1. builds the package            4. imports a credential + the demo workflow (demo/*.workflow.json)
 *   2. starts the Reply.io sandbox    5. runs it with `n8n execute` and prints what happened
 *      with sample data              6. opens the n8n editor on http://127.0.0.1:5678 (until Ctrl+C)
 *   3. installs real n8n (first run only) with this package as a community node
 * `--headless` (or DEMO_HEADLESS=1) stops after step 5 — used by tests and CI.
 * To use a real Reply.io account instead of the sandbox: REPLY_API_KEY=… [REPLY_BASE_URL=…] npm run demo
 */
import { buildPackage, DEMO_WORKFLOW_NAME, prepareDemo, printSummary, runDemoWorkflow } from './demo-setup';

const headless = process.argv.includes('--headless') || process.env.DEMO_HEADLESS === '1';
const editorPort = Number(process.env.DEMO_PORT ?? 5678);
const say = (line: string) => console.log(`[demo] ${line}`);

async function main() {
	buildPackage(say);
	const realKey = process.env.REPLY_API_KEY;
	const { sandbox, n8n, workflowId } = await prepareDemo(say, realKey ? { key: realKey, baseUrl: process.env.REPLY_BASE_URL } : undefined);
	const run = await runDemoWorkflow({ sandbox, n8n, workflowId }, say);
	printSummary(run, sandbox);

	if (headless) {
		await sandbox?.close();
		return;
	}
	const editor = await n8n.startEditor(editorPort);
	say(`n8n editor: http://127.0.0.1:${editorPort}  (first visit: create a local owner account; the workflow "${DEMO_WORKFLOW_NAME}" is in the list)`);
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
