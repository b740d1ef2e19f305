/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test tooling, not part of the package (files: dist) */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Starts sandbox/cli.ts through ts-node and resolves with the URL it prints. */
function startCli(args: string[]) {
	const child = spawn(
		process.execPath,
		['-r', 'ts-node/register/transpile-only', 'sandbox/cli.ts', ...args],
		{
			cwd: ROOT,
			env: { ...process.env, TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs' }) },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	const url = new Promise<string>((resolveUrl, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
			if (match) resolveUrl(match[1]);
		});
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('exit', (code) => reject(new Error(`cli exited early (${code}): ${output}`)));
	});
	const exited = new Promise<number | null>((resolveExit) =>
		child.on('exit', (code) => resolveExit(code)),
	);
	return { child, url, exited, output: () => output };
}

describe('sandbox cli', () => {
	it('starts, seeds, serves with the given key and stops on SIGTERM', async () => {
		const cli = startCli(['--port', '0', '--seed', '--api-key', 'cli-key']);
		try {
			const url = await cli.url;
			expect(cli.output()).toContain('API key: cli-key');
			const res = await fetch(`${url}/v3/contact-accounts`, {
				headers: { 'X-API-Key': 'cli-key' },
			});
			expect(res.status).toBe(200);
			expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(8);
		} finally {
			cli.child.kill('SIGTERM');
		}
		expect(await cli.exited).toBe(0);
	}, 30_000);

	it('rejects unknown options', async () => {
		const cli = startCli(['--bogus']);
		await expect(cli.url).rejects.toThrow(/Unknown option --bogus/);
		expect(await cli.exited).toBe(1);
	}, 30_000);
});
