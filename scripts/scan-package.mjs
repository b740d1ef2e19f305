#!/usr/bin/env node
// `npm run scan`: n8n's verification scanner (@n8n/scan-community-package) on this package, locally.
// The scanner's CLI only scans published packages (it downloads the tarball and the source its npm
// provenance points at), so this script runs the same two legs on local files:
//   1. source leg: package.json + nodes/ + credentials/ of this repository (every rule, classic ones included)
//   2. tarball leg: the compiled .js and package.json of the tarball `npm pack` makes, unpacked
// Inline `eslint-disable` comments are ignored, as in the real scan. Needs a build (dist/) first.
//   node scripts/scan-package.mjs               pack, unpack, scan both legs
//   node scripts/scan-package.mjs --unpacked D  scan an already unpacked package folder D (tarball leg only)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The tarball leg's patterns, as in the scanner's analyzePackageByName.
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

function packAndUnpack(workDir) {
	const out = execFileSync('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: root, encoding: 'utf8' });
	const [{ filename }] = JSON.parse(out);
	const packageDir = join(workDir, 'package');
	mkdirSync(packageDir);
	execFileSync('tar', ['-xzf', join(workDir, filename), '-C', packageDir, '--strip-components=1']);
	return { packageDir, filename };
}

function report(label, result) {
	if (result.passed) {
		console.log(`✅ ${label}: passed${result.message ? ` (${result.message})` : ''}`);
		return true;
	}
	console.log(`❌ ${label}: ${result.message}`);
	if (result.details) console.log(result.details);
	return false;
}

async function main() {
	const args = process.argv.slice(2);
	const unpackedIndex = args.indexOf('--unpacked');
	if (unpackedIndex >= 0) {
		const dir = args[unpackedIndex + 1];
		const ok = report(`tarball leg (${dir})`, await analyzePackage(dir, TARBALL_FILE_PATTERNS));
		process.exit(ok ? 0 : 1);
	}

	const workDir = mkdtempSync(join(tmpdir(), 'replyio-scan-'));
	let ok = false;
	try {
		const { packageDir, filename } = packAndUnpack(workDir);
		const sourceOk = report('source leg (package.json, nodes/, credentials/)', await analyzePackage(root, SOURCE_FILE_PATTERNS));
		const tarballOk = report(`tarball leg (${filename}: compiled .js, package.json)`, await analyzePackage(packageDir, TARBALL_FILE_PATTERNS));
		ok = sourceOk && tarballOk;
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
	process.exit(ok ? 0 : 1);
}

main().catch((error) => {
	console.error(`scan failed: ${error.stack ?? error}`);
	process.exit(1);
});
