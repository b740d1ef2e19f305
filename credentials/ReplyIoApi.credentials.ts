import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class ReplyIoApi implements ICredentialType {
	name = 'replyIoApi';

	displayName = 'Reply.io API';

	icon: Icon = { light: 'file:../icons/replyio.svg', dark: 'file:../icons/replyio.dark.svg' };

	documentationUrl = 'https://docs.reply.io/api-reference/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Your Reply.io API key (Reply.io → Settings → API Key)',
		},
		{
			displayName: 'Send Key As',
			name: 'authHeader',
			type: 'options',
			options: [
				{
					name: 'X-API-Key Header',
					value: 'xApiKey',
					description: 'Send the key in the X-API-Key header, as the endpoint reference shows',
				},
				{
					name: 'Bearer Token',
					value: 'bearer',
					description: 'Send the key as Authorization: Bearer, as the Contact Data API overview shows',
				},
			],
			default: 'xApiKey',
			description: 'Which header carries the API key; Reply.io accepts both',
		},
		{
			displayName: 'Team ID',
			name: 'teamId',
			type: 'string',
			default: '',
			description:
				'Only for agency or multi-team keys: the team to act on, sent as the X-Team-Id header. Leave empty otherwise.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.reply.io',
			description:
				'Change only to point the node at another Reply.io-compatible server, such as the local sandbox used for tests and the demo',
		},
	];

	// Header names are expressions too: n8n resolves keys as well as values, so one generic
	// definition covers X-API-Key or Bearer, and X-Team-Id only when a team is set (otherwise
	// a harmless client-name header takes its slot, so no empty header is ever sent).
	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'={{ $credentials.authHeader === "bearer" ? "Authorization" : "X-API-Key" }}':
					'={{ $credentials.authHeader === "bearer" ? "Bearer " + $credentials.apiKey : $credentials.apiKey }}',
				'={{ $credentials.teamId ? "X-Team-Id" : "X-Reply-Client" }}':
					'={{ $credentials.teamId ? String($credentials.teamId).trim() : "n8n-nodes-replyio" }}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ $credentials.baseUrl.replace(/\\/+$/, "") }}',
			url: '/v3/contact-lists',
			qs: { top: 1 },
		},
	};
}
