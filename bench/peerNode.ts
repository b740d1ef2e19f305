/* eslint-disable @n8n/community-nodes/node-usable-as-tool -- benchmark baseline, not part of the package (files: dist) */
/**
 * The baseline for Return All: a declarative node the way peer integrations write it — n8n's
 * built-in offset paginator with pages of 100, one page at a time, until a short page.
 */
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

export class PeerStyleContacts implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Peer-Style Contacts',
		name: 'peerStyleContacts',
		group: ['transform'],
		version: 1,
		description: 'Benchmark baseline: GET /v3/contacts with n8n offset pagination, top=100',
		defaults: { name: 'Peer-Style Contacts' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'replyIoApi', required: true }],
		requestDefaults: {
			baseURL: '={{ $credentials.baseUrl.replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json' },
		},
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Get Many',
						value: 'getAll',
						action: 'Get many contacts',
						routing: {
							request: { method: 'GET', url: '/v3/contacts' },
							send: { paginate: true },
							operations: {
								pagination: {
									type: 'offset',
									properties: { limitParameter: 'top', offsetParameter: 'skip', pageSize: 100, type: 'query', rootProperty: 'items' },
								},
							},
						},
					},
				],
				default: 'getAll',
			},
		],
	};
}
