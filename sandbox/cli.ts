/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- the sandbox is a local test server, not part of the package (files: dist) */
import { createSandbox } from './server';
import { seedSampleData } from './seed';

/** `ts-node sandbox/cli.ts [--port 4010] [--seed] [--api-key k] [--no-rate-limit]`: runs the sandbox until SIGINT/SIGTERM. */

interface CliOptions {
	port: number;
	seed: boolean;
	apiKey?: string;
	rateLimit: boolean;
}

const USAGE = 'Usage: sandbox/cli.ts [--port 4010] [--seed] [--api-key <key>] [--no-rate-limit]';

function parseArgs(argv: string[]): CliOptions {
	const options: CliOptions = { port: 4010, seed: false, rateLimit: true };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new Error(`${arg} needs a value.\n${USAGE}`);
			return next;
		};
		if (arg === '--port') options.port = Number(value());
		else if (arg === '--seed') options.seed = true;
		else if (arg === '--api-key') options.apiKey = value();
		else if (arg === '--no-rate-limit') options.rateLimit = false;
		else if (arg === '--help' || arg === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else throw new Error(`Unknown option ${arg}.\n${USAGE}`);
	}
	if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
		throw new Error(`Invalid port.\n${USAGE}`);
	return options;
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const sandbox = await createSandbox({
		port: options.port,
		apiKey: options.apiKey,
		rateLimit: options.rateLimit ? undefined : false,
	});
	if (options.seed) {
		const summary = seedSampleData(sandbox);
		console.log(
			`Seeded ${summary.contactIds.length} contacts and ${summary.accountIds.length} accounts.`,
		);
	}
	for (const warning of sandbox.specWarnings) console.warn(`spec warning: ${warning}`);
	console.log(`API key: ${sandbox.apiKey}  (send as X-API-Key or Authorization: Bearer)`);
	// Printed last: scripts wait for this line as the "ready" signal.
	console.log(`Reply.io sandbox listening on ${sandbox.url}`);

	const stop = async (signal: string) => {
		console.log(`${signal} received, stopping.`);
		await sandbox.close();
		process.exit(0);
	};
	process.once('SIGINT', () => void stop('SIGINT'));
	process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
