/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test tooling, not part of the package (files: dist): runs npm, eslint and the scanner on the repository */
/**
 * What n8n's verification looks at, checked on the real artifacts:
 * - the tarball `npm pack` makes holds only dist/, README.md, LICENSE and package.json, and README states its size;
 * - the classic eslint-plugin-n8n-nodes-base rules (eslint.classic.config.mjs) reach every node file,
 *   generated ones included, and flag a bad parameter there;
 * - the scanner script (scripts/scan-package.mjs) fails a package that carries forbidden code.
 * The clean runs themselves are steps of `npm test` (scripts/test.js).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

interface PackResult {
	filename: string;
	size: number;
	unpackedSize: number;
	files: Array<{ path: string; size: number }>;
}

// jest sets NODE_ENV=test, which switches eslint-plugin-n8n-nodes-base into its own test mode (file
// names and package.json checks change), so the tools run without it.
const toolEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: undefined };

function eslintClassic(args: string[], stdin?: string) {
	return spawnSync('npx', ['eslint', '-c', 'eslint.classic.config.mjs', '--no-inline-config', '--format', 'json', ...args], {
		cwd: root,
		env: toolEnv,
		input: stdin,
		encoding: 'utf8',
	});
}

describe('npm pack', () => {
	let pack: PackResult;

	beforeAll(() => {
		if (!existsSync(join(root, 'dist', 'nodes', 'ReplyIo', 'ReplyIo.node.js'))) {
			execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root });
			execFileSync('npx', ['gulp', 'build:icons'], { cwd: root });
		}
		[pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' })) as PackResult[];
	}, 120_000);

	it('contains only dist/, README.md, LICENSE and package.json', () => {
		const outside = pack.files.map((f) => f.path).filter((path) => !path.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json'].includes(path));
		expect(outside).toEqual([]);
		expect(pack.files.map((f) => f.path)).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
	});

	it('ships what package.json\'s n8n section and the node point at, and no source maps or type declarations', () => {
		const paths = pack.files.map((f) => f.path);
		const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
		expect(paths).toEqual(expect.arrayContaining([...manifest.n8n.nodes, ...manifest.n8n.credentials]));
		expect(paths).toEqual(
			expect.arrayContaining(['dist/nodes/ReplyIo/ReplyIo.node.json', 'dist/icons/replyio.svg', 'dist/icons/replyio.dark.svg']),
		);
		expect(paths.filter((path) => /\.(map|d\.ts|ts)$/.test(path) || !/\.(js|json|svg|md)$|LICENSE$/.test(path))).toEqual([]);
	});

	it('has the size README.md states (within 20 %: update README when it drifts further)', () => {
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		const stated = /tarball is about \*\*(\d+) kB\*\* \((\d+) kB unpacked/.exec(readme);
		expect(stated).not.toBeNull();
		const [packedKb, unpackedKb] = [Number(stated![1]), Number(stated![2])];
		expect(Math.abs(pack.size / 1000 - packedKb) / packedKb).toBeLessThan(0.2);
		expect(Math.abs(pack.unpackedSize / 1000 - unpackedKb) / unpackedKb).toBeLessThan(0.2);
	});
});

describe('classic n8n-nodes-base rules (eslint.classic.config.mjs)', () => {
	it('lint every node and credential file, generated ones included, without errors', () => {
		const run = eslintClassic(['nodes', 'credentials', 'package.json']);
		const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number; messages: unknown[] }>;
		const linted = results.map((r) => r.filePath.slice(root.length + 1));
		expect(linted).toEqual(
			expect.arrayContaining([
				'package.json',
				'credentials/ReplyIoApi.credentials.ts',
				'nodes/ReplyIo/ReplyIo.node.ts',
				'nodes/ReplyIo/generated/contact/create.ts',
				'nodes/ReplyIo/resources/contact/index.ts',
			]),
		);
		expect(results.filter((r) => r.errorCount > 0).map((r) => ({ file: r.filePath, messages: r.messages }))).toEqual([]);
		expect(run.status).toBe(0);
	}, 120_000);

	it('flag a badly described parameter in a generated file', () => {
		const badField = `export const fields = [
	{ displayName: 'contact email', name: 'email', type: 'string', default: '', description: 'The email.' },
];\n`;
		const run = eslintClassic(['--stdin', '--stdin-filename', 'nodes/ReplyIo/generated/contact/example.ts'], badField);
		const rules = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages.map((m) => m.ruleId);
		expect(rules).toEqual(
			expect.arrayContaining(['n8n-nodes-base/node-param-display-name-miscased', 'n8n-nodes-base/node-param-description-excess-final-period']),
		);
	}, 60_000);

	it('flag a credential without an "API" display name', () => {
		const source = readFileSync(join(root, 'credentials', 'ReplyIoApi.credentials.ts'), 'utf8').replace("displayName = 'Reply.io API'", "displayName = 'Reply.io'");
		const run = eslintClassic(['--stdin', '--stdin-filename', 'credentials/ReplyIoApi.credentials.ts'], source);
		const rules = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages.map((m) => m.ruleId);
		expect(rules).toContain('n8n-nodes-base/cred-class-field-display-name-missing-api');
	}, 60_000);
});

describe('verification scanner (scripts/scan-package.mjs)', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'replyio-scan-test-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('fails a package whose compiled node reads the environment and spawns processes', () => {
		cpSync(join(root, 'package.json'), join(dir, 'package.json'));
		mkdirSync(join(dir, 'dist', 'nodes', 'Bad'), { recursive: true });
		writeFileSync(
			join(dir, 'dist', 'nodes', 'Bad', 'Bad.node.js'),
			"const { execSync } = require('child_process');\nexports.run = () => execSync(process.env.COMMAND);\n",
		);
		const run = spawnSync('node', ['scripts/scan-package.mjs', '--unpacked', dir], { cwd: root, env: toolEnv, encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('❌ tarball leg');
		expect(run.stdout).toMatch(/no-restricted-(globals|imports)/);
	}, 60_000);
});
