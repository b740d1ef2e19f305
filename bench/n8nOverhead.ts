/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- benchmark tooling, not part of the package (files: dist) */
/**
 * Per-item node overhead in a real n8n (the e2e harness): the same "get each contact" step for
 * N items through this node and through n8n's HTTP Request node (same credential, same sandbox),
 * compared by the execution time n8n records for each node.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../sandbox/server';
import { CREDENTIAL_ID, N8nHarness, NODE_TYPE } from '../test/e2e/n8n';

const REPEATS = 3;

interface OverheadRow {
	scenario: string;
	items: number;
	requests: number;
	wallMs: number;
	failed?: number;
	baseline?: OverheadRow;
	note?: string;
}

const credentials = { replyIoApi: { id: CREDENTIAL_ID, name: 'Reply.io sandbox' } };

function workflow(contactId: number, ITEMS: number) {
	return {
		id: 'benchOverhead01',
		name: 'Bench: per-item overhead, Reply.io node vs HTTP Request',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: {
				main: [
					[
						{ node: 'Reply.io', type: 'main', index: 0 },
						{ node: 'Reply.io (fixed ID)', type: 'main', index: 0 },
						{ node: 'HTTP Request', type: 'main', index: 0 },
					],
				],
			},
		},
		nodes: [
			{ id: 'b1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'b2',
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: { jsCode: `return Array.from({ length: ${ITEMS} }, () => ({ json: { id: ${contactId} } }));` },
			},
			{
				id: 'b3',
				name: 'Reply.io',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [400, -100],
				parameters: {
					resource: 'contact',
					operation: 'get',
					contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					requestOptions: { throttle: { limit: { maxRequests: 0, perSeconds: 60 } } },
				},
				credentials,
			},
			{
				id: 'b5',
				name: 'Reply.io (fixed ID)',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [400, 0],
				parameters: {
					resource: 'contact',
					operation: 'get',
					contactId: { __rl: true, mode: 'id', value: String(contactId) },
					requestOptions: { throttle: { limit: { maxRequests: 0, perSeconds: 60 } } },
				},
				credentials,
			},
			{
				id: 'b4',
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [400, 100],
				parameters: {
					url: '=__BASE__/v3/contacts/{{ $json.id }}',
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'replyIoApi',
					options: {},
				},
				credentials,
			},
		],
	};
}

interface TaskData {
	executionTime?: number;
	data?: { main: Array<Array<{ json: Record<string, unknown>; error?: unknown }>> };
	error?: { message: string };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureN8nOverhead(sandbox: Sandbox, log: (line: string) => void, ITEMS = 200): Promise<{ rows: OverheadRow[]; notes: string[] }> {
	log('real n8n: building the package, installing n8n into .cache on first use, packing …');
	execSync('npx tsc -p tsconfig.json && npx gulp build:icons', { cwd: join(__dirname, '..'), stdio: 'ignore' });
	const n8n = await N8nHarness.create(log);
	sandbox.reset();
	sandbox.setRateLimit(false);
	const contact = sandbox.store.addContact({ email: 'overhead@example.com' });
	await n8n.importCredential(sandbox.url, sandbox.apiKey);
	const file = join(n8n.userFolder, 'bench-overhead.json');
	writeFileSync(file, JSON.stringify(workflow(contact.id, ITEMS)).replace('__BASE__', sandbox.url));
	await n8n.cli(['import:workflow', `--input=${file}`]);

	const names = ['Reply.io', 'Reply.io (fixed ID)', 'HTTP Request'] as const;
	const times: Record<(typeof names)[number], number[]> = { 'Reply.io': [], 'Reply.io (fixed ID)': [], 'HTTP Request': [] };
	for (let i = 0; i < REPEATS; i++) {
		sandbox.clearRequests();
		log(`real n8n: run ${i + 1} of ${REPEATS} (${ITEMS} items through each node) …`);
		const run = await n8n.execute('benchOverhead01');
		const runData = run.data.resultData.runData as unknown as Record<string, TaskData[]>;
		for (const name of names) {
			const task = runData[name]?.[0];
			const out = task?.data?.main[0] ?? [];
			if (!task || task.error || out.length !== ITEMS || out.some((o) => o.json.id !== contact.id)) {
				throw new Error(`${name} did not output ${ITEMS} contacts: ${task?.error?.message ?? `${out.length} items`}`);
			}
			times[name].push(task.executionTime ?? NaN);
		}
		// Each node output ITEMS contacts; together they must have sent exactly one request per item.
		if (sandbox.requests.length !== names.length * ITEMS) throw new Error(`expected ${names.length * ITEMS} requests, the sandbox saw ${sandbox.requests.length}`);
	}
	const http: OverheadRow = {
		scenario: `Real n8n ${ITEMS} Gets — HTTP Request node (same credential)`,
		items: ITEMS,
		requests: ITEMS,
		wallMs: median(times['HTTP Request']),
		note: `node execution time, median of ${REPEATS}: ${times['HTTP Request'].map((t) => `${t} ms`).join(', ')}`,
	};
	const ours: OverheadRow = {
		scenario: `Real n8n ${ITEMS} Gets — this node`,
		items: ITEMS,
		requests: ITEMS,
		wallMs: median(times['Reply.io']),
		baseline: http,
	};
	const fixed: OverheadRow = {
		scenario: `Real n8n ${ITEMS} Gets — this node, ID typed in (no expression)`,
		items: ITEMS,
		requests: ITEMS,
		wallMs: median(times['Reply.io (fixed ID)']),
		baseline: http,
	};
	for (const [row, name] of [[ours, 'Reply.io'], [fixed, 'Reply.io (fixed ID)']] as const) {
		row.note = `${(row.wallMs / ITEMS).toFixed(1)} ms per item vs ${(http.wallMs / ITEMS).toFixed(1)} ms: ratio ${(row.wallMs / http.wallMs).toFixed(2)} (target ≤ 1.2); runs ${times[name].map((t) => `${t} ms`).join(', ')}`;
	}
	return {
		rows: [http, ours, fixed],
		notes: [
			`- **Real n8n** (${'`'}test/e2e/n8n.ts${'`'}, ${'`'}n8n execute${'`'} of one workflow: a Code node making ${ITEMS} items, then the three nodes side by side, each getting one contact per item with the same credential): time is the node execution time n8n records, median of ${REPEATS} runs; Peak RSS is not measured there (separate process). ${ITEMS} items because ${'`'}n8n execute --rawOutput${'`'} prints the whole run data and cut it short at 1000 items per node.`,
		],
	};
}
