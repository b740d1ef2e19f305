import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { contactDescription } from './resources/contact';
import { contactAccountDescription } from './resources/contactAccount';

export class ReplyIo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Reply.io',
		name: 'replyIo',
		icon: { light: 'file:../../icons/replyio.svg', dark: 'file:../../icons/replyio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage Reply.io contacts and contact accounts (companies)',
		defaults: { name: 'Reply.io' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'replyIoApi', required: true }],
		requestDefaults: {
			baseURL: '={{ $credentials.baseUrl.replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact Account', value: 'contactAccount' },
				],
				default: 'contact',
			},
			...contactDescription,
			...contactAccountDescription,
		],
	};
}
