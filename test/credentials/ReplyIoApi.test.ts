/**
 * The credential's own test request (the "Test" button in n8n) against the sandbox, with the
 * headers its generic `authenticate` produces, resolved the way n8n resolves them.
 */
import type { IHttpRequestOptions, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ReplyIoApi } from '../../credentials/ReplyIoApi.credentials';
import { nodeTypes, TestCredentialsHelper } from '../harness/routing';
import { useSandbox } from '../harness/sandbox';

const api = useSandbox();
const credential = new ReplyIoApi();
const node: INode = { id: '1', name: 'Reply.io', type: 'replyIo', typeVersion: 1, position: [0, 0], parameters: {} };
const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });

async function runCredentialTest(data: Record<string, string>): Promise<Response> {
	const resolve = (value: string) =>
		workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: data }, undefined, '') as string;
	const request = credential.test.request;
	const options = await new TestCredentialsHelper(data).authenticate(data, 'replyIoApi', { url: request.url!, headers: {} } as IHttpRequestOptions, workflow, node);
	const url = `${resolve(request.baseURL!)}${request.url}?${new URLSearchParams(request.qs as Record<string, string>)}`;
	return await fetch(url, { headers: options.headers as Record<string, string> });
}

describe('Reply.io API credential', () => {
	it('has a password-typed, required API key and the documented defaults', () => {
		const key = credential.properties.find((p) => p.name === 'apiKey')!;
		expect(key.typeOptions?.password).toBe(true);
		expect(key.required).toBe(true);
		expect(credential.properties.find((p) => p.name === 'baseUrl')!.default).toBe('https://api.reply.io');
		expect(credential.properties.find((p) => p.name === 'authHeader')!.default).toBe('xApiKey');
	});

	it('the test request succeeds with a good key (X-API-Key) even with a trailing slash on the base URL', async () => {
		const response = await runCredentialTest({ apiKey: api.sandbox.apiKey, authHeader: 'xApiKey', teamId: '', baseUrl: `${api.sandbox.url}/` });
		expect(response.status).toBe(200);
		expect(api.sent()).toEqual(['GET /v3/contact-lists?top=1']);
		expect(api.sandbox.requests[0].headers['x-api-key']).toBe(api.sandbox.apiKey);
	});

	it('the test request succeeds with Bearer and sends the team id', async () => {
		const response = await runCredentialTest({ apiKey: api.sandbox.apiKey, authHeader: 'bearer', teamId: ' 77 ', baseUrl: api.sandbox.url });
		expect(response.status).toBe(200);
		expect(api.sandbox.requests[0].headers.authorization).toBe(`Bearer ${api.sandbox.apiKey}`);
		expect(api.sandbox.requests[0].headers['x-team-id']).toBe('77');
	});

	it('the test request fails with a wrong key', async () => {
		const response = await runCredentialTest({ apiKey: 'wrong', authHeader: 'xApiKey', teamId: '', baseUrl: api.sandbox.url });
		expect(response.status).toBe(401);
	});
});
