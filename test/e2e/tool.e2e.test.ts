/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- dev tooling: not part of the package (files: dist), so n8n Cloud rules do not apply */
/**
 * The node's AI-tool form in a real n8n, without an LLM. n8n 2.41.1 gives every node with
 * `usableAsTool: true` a synthetic `<type>Tool` variant (community packages included; no
 * N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE is read any more). The workflow wires two such tool nodes
 * into n8n's own Tool Executor node (what the editor uses to test a tool on its own): it calls each
 * tool with the arguments an agent would send, filling the node's $fromAI() parameters.
 */
import { join } from 'node:path';
import type { Sandbox } from '../../sandbox/server';
import { createSandbox } from '../../sandbox/server';
import { N8nHarness, outputOf } from './n8n';
import type { N8nRun } from './n8n';

let sandbox: Sandbox;
let n8n: N8nHarness;
let run: N8nRun;

/** What a tool node answered, as the agent would get it (the tool's output on its ai_tool connection). */
function toolResponse(nodeName: string): unknown {
	const runs = (run.data.resultData.runData as unknown as Record<string, Array<{ data?: { ai_tool?: Array<Array<{ json: { response: unknown } }>> }; error?: unknown }>>)[
		nodeName
	];
	if (!runs) throw new Error(`tool node "${nodeName}" did not run; error: ${run.data.resultData.error?.message}`);
	return runs[0].data?.ai_tool?.[0][0].json.response;
}

beforeAll(async () => {
	sandbox = await createSandbox({ rateLimit: false });
	n8n = await N8nHarness.create((line) => process.stdout.write(`[e2e] ${line}\n`));
	await n8n.importCredential(sandbox.url, sandbox.apiKey);
	const id = await n8n.importWorkflow(join(__dirname, 'workflows', 'tool-create-and-find.json'));
	run = await n8n.execute(id);
}, 900_000);

afterAll(async () => {
	await sandbox?.close();
});

test('the Reply.io Tool variant runs: the create tool sends the arguments it was called with', () => {
	expect(run.data.resultData.error).toBeUndefined();
	const create = sandbox.requests.find((r) => r.method === 'POST' && r.path === '/v4/contacts');
	expect(create?.body).toEqual({ email: 'ada@analytical.example', firstName: 'Ada', company: 'Analytical Engines' });
	expect(create?.headers['x-api-key']).toBe(sandbox.apiKey);
	expect(toolResponse('Create contact')).toEqual([expect.objectContaining({ email: 'ada@analytical.example', firstName: 'Ada', id: expect.any(Number) })]);
});

test('the find tool returns the contact the create tool made, and the agent-facing result is JSON text', () => {
	const find = sandbox.requests.find((r) => r.method === 'GET' && r.path === '/v3/contacts');
	expect(find?.query).toMatchObject({ email: 'ada@analytical.example' });
	const created = (toolResponse('Create contact') as Array<{ id: number }>)[0];
	expect(toolResponse('Find contact by email')).toEqual([expect.objectContaining({ id: created.id, email: 'ada@analytical.example' })]);
	// Tool Executor outputs what the tool returned to the caller: the JSON string an LLM would read.
	const [answer] = outputOf(run, 'Call find tool') as unknown as string[];
	expect(JSON.parse(answer)).toEqual([expect.objectContaining({ id: created.id, company: 'Analytical Engines' })]);
});

test('a bad argument from the agent fails locally with the field named, and nothing is sent', async () => {
	const before = sandbox.requests.length;
	const id = await n8n.importWorkflow(join(__dirname, 'workflows', 'tool-create-and-find.json'), {
		id: 'e2eToolForm0002',
		replace: [['ada@analytical.example', 'not-an-email']],
	});
	// n8n execute exits non-zero on a failed run; the harness then throws with n8n's output.
	await expect(n8n.execute(id)).rejects.toThrow(/Error executing tool: Invalid input: Email "not-an-email" is not a valid email address/);
	expect(sandbox.requests.slice(before).filter((r) => r.method === 'POST')).toEqual([]);
});
