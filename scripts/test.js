#!/usr/bin/env node
// `npm test`: everything CI checks, in order, on a fresh clone.
//   1. dev dependencies (installed once)      5. classic eslint-plugin-n8n-nodes-base rule sets
//   2. generated fields match the spec         6. build (tsc + icons) — what gets packed
//   3. type check; no runtime dependencies     7. n8n's verification scanner on source + packed tarball
//   4. n8n-node lint (community rules)         8. jest: unit, routing and package tests
//                                              9. jest: real-n8n end-to-end tests (test/e2e)
// Prints "N passed, N failed" over both jest runs last.
// --quick: jest unit tests only (skips 2–7 and 9). SKIP_E2E=1: skip 9. Jest arguments go after --.
const { execSync, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jestArgs = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];

function step(title, command) {
	console.log(`\n▶ ${title}\n  $ ${command}`);
	const started = Date.now();
	execSync(command, { cwd: root, stdio: 'inherit' });
	console.log(`  ✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

require('./ensure-deps');

// With none, `npm audit --omit=dev` has nothing to audit and is clean by construction; this check
// needs no network (docs/reliability.md records the audit itself).
function noRuntimeDependencies() {
	console.log('\n▶ no runtime dependencies (dependencies, optionalDependencies, bundleDependencies)');
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const kinds = ['dependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies'];
	const found = kinds.flatMap((kind) => Object.keys(pkg[kind] ?? {}).map((name) => `${kind}: ${name}`));
	if (found.length) throw new Error(`runtime dependencies are not allowed (n8n Cloud verification): ${found.join(', ')}`);
	console.log('  ✓ none');
}

if (!quick) {
	step('regenerate node fields from spec/reply.openapi.yaml', 'npx ts-node --transpile-only -P tsconfig.tools.json generator/cli.ts');
	if (existsSync(join(root, '.git'))) {
		step('generated files are committed and current', 'git diff --exit-code --stat -- nodes/ReplyIo/generated && test -z "$(git status --porcelain -- nodes/ReplyIo/generated)"');
	}
	step('type check', 'npx tsc -p tsconfig.tools.json --noEmit');
	noRuntimeDependencies();
	step('lint (n8n-node lint)', 'npx n8n-node lint');
	step(
		'lint (classic n8n-nodes-base rules: nodes, credentials, community)',
		'npx eslint -c eslint.classic.config.mjs --no-inline-config --max-warnings 0 nodes credentials package.json',
	);
	step('build', 'npx tsc -p tsconfig.json && npx gulp build:icons');
	step('n8n verification scanner (@n8n/scan-community-package) on source and packed tarball', 'node scripts/scan-package.mjs');
}

mkdirSync(join(root, '.cache'), { recursive: true });

function jestRun(title, configArgs) {
	const report = join(root, '.cache', `jest-${title}.json`);
	console.log(`\n▶ jest (${title})`);
	const jest = spawnSync('npx', ['jest', ...configArgs, '--json', `--outputFile=${report}`, ...jestArgs], {
		cwd: root,
		stdio: 'inherit',
	});
	let passed = 0;
	let failed = 0;
	if (existsSync(report)) {
		const result = JSON.parse(readFileSync(report, 'utf8'));
		passed = result.numPassedTests;
		failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
	}
	if (jest.status !== 0 && failed === 0) failed = 1; // jest failed before counting (config, compile)
	return { passed, failed };
}

const runs = [jestRun('unit', [])];
if (!quick && process.env.SKIP_E2E !== '1') {
	// The first-time n8n install takes minutes (more on a busy 2-core machine): do it here, with no
	// time limit and a visible step, rather than inside the first e2e file's beforeAll hook.
	console.log('\n▶ real n8n for the e2e tests (installed into .cache/ on the first run)');
	const install = spawnSync('node', [join(__dirname, 'ensure-n8n.js')], { cwd: root, stdio: 'inherit' });
	if (install.status !== 0) runs.push({ passed: 0, failed: 1 });
	else runs.push(jestRun('e2e', ['-c', 'jest.e2e.config.js', '--runInBand']));
}
const passed = runs.reduce((sum, r) => sum + r.passed, 0);
const failed = runs.reduce((sum, r) => sum + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
