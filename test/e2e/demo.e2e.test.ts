/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test tooling, not part of the package (files: dist) */
/** `npm run demo -- --headless` end to end: it must build, run the sample workflow in real n8n and print the summary. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

test('the demo runs headless and prints what the workflow did', () => {
	const root = join(__dirname, '..', '..');
	const result = spawnSync('npx', ['ts-node', '--transpile-only', '-P', 'tsconfig.tools.json', 'scripts/demo.ts', '--headless'], {
		cwd: root,
		encoding: 'utf8',
		timeout: 600_000,
		env: { HOME: process.env.HOME, PATH: process.env.PATH },
	});
	expect(result.stderr).not.toMatch(/\[demo\] failed/);
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('Contacts created in Reply.io: 3');
	expect(result.stdout).toContain('✓');
	expect(result.stdout).toContain('Leads rejected (Continue On Fail kept the rest going): 1');
	expect(result.stdout).toContain('Email "broken-address.example" is not a valid email address');
	expect(result.stdout).toMatch(/Accounts read with Return All: 8/);
	expect(result.stdout).toContain('Northwind Analytics');
});
