/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- test tooling, not part of the package (files: dist) */
/**
 * A real n8n for end-to-end runs: installed once into .cache/ (scripts/ensure-n8n.js), with this
 * package installed the way users get it — `npm pack`, then the tarball installed into the
 * community-nodes folder ($N8N_USER_FOLDER/.n8n/nodes). A broken `files` or `n8n` section in
 * package.json therefore breaks these runs.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const root = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensure } = require('../../scripts/ensure-n8n.js') as {
	ensure: () => Promise<{ n8nBin: string; env: Record<string, string> }>;
};

export const NODE_TYPE = 'n8n-nodes-replyio.replyIo';
export const CREDENTIAL_ID = 'replyio-sandbox';

export interface N8nRun {
	/** What `n8n execute --rawOutput` printed as JSON: the run data of the workflow. */
	data: ExecutionResult;
	stdout: string;
	stderr: string;
}

export interface ExecutionResult {
	resultData: {
		runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> }; error?: { message: string } }>>;
		error?: { message: string };
		lastNodeExecuted?: string;
	};
}

export async function freePort(): Promise<number> {
	return await new Promise((resolvePort, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePort(port));
		});
		server.on('error', reject);
	});
}

export class N8nHarness {
	private constructor(
		readonly n8nBin: string,
		readonly env: NodeJS.ProcessEnv,
		readonly userFolder: string,
	) {}

	/** Installs (or reuses) n8n, packs this package and installs the tarball as a community node. */
	static async create(log: (line: string) => void = () => {}): Promise<N8nHarness> {
		const { n8nBin, env: nodeEnv } = await ensure();
		const userFolder = mkdtempSync(join(tmpdir(), 'n8n-replyio-e2e-'));
		// A clean environment: jest sets NODE_ENV=test (and N8N_* for unit tests), which changes how n8n runs.
		const env: NodeJS.ProcessEnv = {
			HOME: process.env.HOME,
			TMPDIR: process.env.TMPDIR,
			LANG: process.env.LANG,
			...nodeEnv,
			N8N_USER_FOLDER: userFolder,
			N8N_ENCRYPTION_KEY: 'n8n-nodes-replyio-e2e-key',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_SECURE_COOKIE: 'false',
			DB_SQLITE_POOL_SIZE: '1',
		};
		const harness = new N8nHarness(n8nBin, env, userFolder);
		log('packing the package (npm pack) and installing the tarball as a community node');
		await harness.installPackedPackage();
		return harness;
	}

	private async installPackedPackage(): Promise<void> {
		const packDir = join(this.userFolder, 'pack');
		mkdirSync(packDir, { recursive: true });
		const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root });
		const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
		const nodesDir = join(this.userFolder, '.n8n', 'nodes');
		mkdirSync(nodesDir, { recursive: true });
		writeFileSync(join(nodesDir, 'package.json'), '{"name":"installed-nodes","private":true}\n');
		// --omit=peer: n8n provides n8n-workflow itself; installing a second copy is what n8n avoids too.
		await exec('npm', ['install', '--prefix', nodesDir, '--omit=peer', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', join(packDir, filename)], {
			cwd: nodesDir,
		});
	}

	async cli(args: string[], timeoutMs = 180_000): Promise<{ stdout: string; stderr: string }> {
		try {
			return await exec(this.n8nBin, args, { env: this.env, cwd: this.userFolder, timeout: timeoutMs, maxBuffer: 512 * 1024 * 1024 });
		} catch (error) {
			const e = error as { stdout?: string; stderr?: string; message: string };
			throw new Error(`n8n ${args.join(' ')} failed: ${e.message}\n${e.stderr ?? ''}\n${(e.stdout ?? '').slice(-2000)}`);
		}
	}

	async importCredential(baseUrl: string, apiKey: string): Promise<void> {
		const file = join(this.userFolder, 'credentials.json');
		writeFileSync(
			file,
			JSON.stringify([
				{
					id: CREDENTIAL_ID,
					name: 'Reply.io sandbox',
					type: 'replyIoApi',
					data: { apiKey, authHeader: 'xApiKey', teamId: '', baseUrl },
				},
			]),
		);
		await this.cli(['import:credentials', `--input=${file}`]);
	}

	/**
	 * Imports a workflow JSON file (test/e2e/workflows/…) with `{{CREDENTIAL_ID}}` filled in.
	 * `variant` imports a copy under another id with text replaced (e.g. a bad value).
	 */
	async importWorkflow(path: string, variant?: { id: string; replace: Array<[string, string]> }): Promise<string> {
		let text = readFileSync(path, 'utf8').replace(/\{\{CREDENTIAL_ID\}\}/g, CREDENTIAL_ID);
		for (const [from, to] of variant?.replace ?? []) text = text.split(from).join(to);
		const workflow = JSON.parse(text) as { id: string };
		if (variant) workflow.id = variant.id;
		const file = join(this.userFolder, `workflow-${workflow.id}.json`);
		writeFileSync(file, JSON.stringify(workflow));
		await this.cli(['import:workflow', `--input=${file}`]);
		return workflow.id;
	}

	/**
	 * Runs a workflow with `n8n execute --rawOutput`. That command can exit 0 on failure and
	 * prints logs before the JSON, so the JSON is taken from the first line starting with `{`
	 * and its absence is an error.
	 */
	async execute(workflowId: string): Promise<N8nRun> {
		const { stdout, stderr } = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput']);
		const lines = stdout.split('\n');
		const start = lines.findIndex((line) => line.startsWith('{'));
		const end = lines.findIndex((line, i) => i > start && line === '}');
		if (start < 0 || end < 0) {
			throw new Error(`n8n execute printed no JSON.\nstdout:\n${stdout.slice(-3000)}\nstderr:\n${stderr.slice(-3000)}`);
		}
		const parsed = JSON.parse(lines.slice(start, end + 1).join('\n')) as { data?: ExecutionResult } & ExecutionResult;
		return { data: parsed.data ?? parsed, stdout, stderr };
	}

	/**
	 * Starts the editor (`n8n start`) on a port; resolves once n8n says it is ready
	 * (`/healthz/readiness`: database migrated and every route registered; `/healthz` answers earlier).
	 * Its output goes to `n8n-editor.log` in the user folder: an unread pipe would fill up and stall n8n.
	 */
	async startEditor(port: number): Promise<ChildProcess> {
		const log = openSync(join(this.userFolder, 'n8n-editor.log'), 'a');
		const child = spawn(this.n8nBin, ['start'], {
			env: { ...this.env, N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_HOST: '127.0.0.1' },
			cwd: this.userFolder,
			stdio: ['ignore', log, log],
		});
		closeSync(log);
		const deadline = Date.now() + 180_000;
		while (Date.now() < deadline && child.exitCode === null) {
			try {
				const res = await fetch(`http://127.0.0.1:${port}/healthz/readiness`);
				if (res.ok) return child;
			} catch {
				// not listening yet
			}
			await new Promise((r) => setTimeout(r, 500));
		}
		child.kill();
		throw new Error(`n8n editor did not become ready within 180 s; see ${join(this.userFolder, 'n8n-editor.log')}`);
	}
}

/** Items a node output on its first output in a run. */
export function outputOf(run: N8nRun, nodeName: string): Array<Record<string, unknown>> {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run; last node: ${run.data.resultData.lastNodeExecuted}; error: ${run.data.resultData.error?.message}`);
	return (runs[0].data?.main[0] ?? []).map((item) => item.json);
}

/** Stops an editor started with startEditor: SIGTERM (n8n shuts down cleanly), SIGKILL after 20 s. */
export async function stopEditor(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	await new Promise<void>((resolveStop) => {
		const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
		child.once('exit', () => {
			clearTimeout(force);
			resolveStop();
		});
		child.kill('SIGTERM');
	});
}
