/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the sandbox is a local test server, not part of the package (files: dist) */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const JSON_CONTENT_TYPE = 'application/json';

export function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
	const flat: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
	}
	return flat;
}

/** Parses a JSON body; `ok: false` marks a non-empty body that is not JSON. */
export function parseJsonBody(raw: string): { ok: true; value: unknown } | { ok: false } {
	if (raw.trim() === '') return { ok: true, value: undefined };
	try {
		return { ok: true, value: JSON.parse(raw) };
	} catch {
		return { ok: false };
	}
}

export function send(
	res: ServerResponse,
	status: number,
	body: unknown,
	contentType: string,
	headers: Record<string, string> = {},
): void {
	res.statusCode = status;
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	if (body === undefined || status === 204 || status === 304) {
		res.end();
		return;
	}
	res.setHeader('Content-Type', contentType);
	res.end(typeof body === 'string' ? body : JSON.stringify(body));
}
