#!/usr/bin/env node
// Installs the dev dependencies once, so `npm test` and `npm run demo` work on a fresh clone.
// `npm install` (pinned by package-lock.json), not `npm ci`: npm 11's ci rejects this lock file
// over optional platform packages of unrs-resolver that it never installs here anyway.
// --no-save keeps the lock file untouched. --ignore-scripts: eslint-plugin-n8n-nodes-base has a pnpm-only preinstall, and isolated-vm
// (pulled in by n8n-workflow) wants Node >= 24 to build; neither is needed to build or test.
const { existsSync, readFileSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
// Any dev dependency missing (a fresh clone, or one added since the last install) triggers the install.
const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const missing = Object.keys(devDependencies).filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
if (missing.length > 0) {
	console.log('[ensure-deps] installing dev dependencies (npm install --ignore-scripts), first run only…');
	execSync('npm install --ignore-scripts --no-save --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
