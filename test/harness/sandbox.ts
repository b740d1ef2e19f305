/** Starts one sandbox per test file on 127.0.0.1 and resets it before each test. */
import type { Sandbox, SandboxOptions } from '../../sandbox/server';
import { createSandbox } from '../../sandbox/server';
import type { CredentialData } from './routing';

export interface SandboxHandle {
	readonly sandbox: Sandbox;
	readonly credentials: CredentialData;
	/** Requests the node sent, as `METHOD /path?query`. */
	sent(): string[];
}

export function useSandbox(options: SandboxOptions = { rateLimit: false }): SandboxHandle {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await createSandbox(options);
	});
	afterAll(async () => {
		await sandbox.close();
	});
	beforeEach(() => {
		sandbox.reset();
		if (options.rateLimit !== undefined) sandbox.setRateLimit(options.rateLimit);
	});
	return {
		get sandbox() {
			return sandbox;
		},
		get credentials() {
			return { baseUrl: sandbox.url, apiKey: sandbox.apiKey };
		},
		sent() {
			return sandbox.requests.map((r) => {
				const query = new URLSearchParams(r.query).toString();
				return `${r.method} ${r.path}${query ? `?${query}` : ''}`;
			});
		},
	};
}

/** A resource locator value in "By ID" mode, as the editor stores it. */
export const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });
