/* eslint-disable @n8n/community-nodes/no-restricted-globals, @typescript-eslint/no-explicit-any -- test tooling, not part of the package (files: dist) */
import type { Sandbox } from '../../sandbox/server';

export interface ApiResponse<T = any> {
	status: number;
	headers: Headers;
	body: T;
}

export interface CallOptions {
	body?: unknown;
	/** How to send the key: X-API-Key (default), Bearer, or not at all. */
	auth?: 'x-api-key' | 'bearer' | 'none';
	headers?: Record<string, string>;
}

/** Small fetch wrapper for the sandbox tests: sends JSON, parses JSON (or returns text). */
export function client(sandbox: Sandbox) {
	return async function call<T = any>(
		method: string,
		path: string,
		options: CallOptions = {},
	): Promise<ApiResponse<T>> {
		const headers: Record<string, string> = { ...options.headers };
		const auth = options.auth ?? 'x-api-key';
		if (auth === 'x-api-key') headers['X-API-Key'] = sandbox.apiKey;
		if (auth === 'bearer') headers.Authorization = `Bearer ${sandbox.apiKey}`;
		let body: string | undefined;
		if (options.body !== undefined) {
			headers['Content-Type'] ??= 'application/json';
			body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
		}
		const res = await fetch(sandbox.url + path, { method, headers, body });
		const text = await res.text();
		let parsed: unknown = text;
		try {
			parsed = text === '' ? undefined : JSON.parse(text);
		} catch {
			// not JSON: keep the text
		}
		return { status: res.status, headers: res.headers, body: parsed as T };
	};
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
