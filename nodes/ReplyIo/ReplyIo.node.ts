import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { getCustomFields } from './methods/loadOptions';
import {
	searchAccountLists,
	searchAccounts,
	searchContactLists,
	searchContacts,
	searchCustomFields,
	searchSequences,
	searchUsers,
} from './methods/listSearch';
import { accountListDescription } from './resources/accountList';
import { contactDescription } from './resources/contact';
import { contactAccountDescription } from './resources/contactAccount';
import { contactListDescription } from './resources/contactList';
import { customFieldDescription } from './resources/customField';
import { mergeRepeatedProperties } from './shared/descriptions';
import { requestOptionsDescription } from './shared/requestOptions';

export class ReplyIo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Reply.io',
		name: 'replyIo',
		icon: { light: 'file:../../icons/replyio.svg', dark: 'file:../../icons/replyio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage Reply.io contacts, contact accounts (companies), contact and account lists, and custom fields',
		defaults: { name: 'Reply.io' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'replyIoApi', required: true }],
		requestDefaults: {
			baseURL: '={{ $credentials.baseUrl.replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		properties: mergeRepeatedProperties([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account List', value: 'accountList' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact Account', value: 'contactAccount' },
					{ name: 'Contact List', value: 'contactList' },
					{ name: 'Custom Field', value: 'customField' },
				],
				default: 'contact',
			},
			...contactDescription,
			...contactAccountDescription,
			...contactListDescription,
			...accountListDescription,
			...customFieldDescription,
			requestOptionsDescription,
		]),
	};

	methods = {
		listSearch: {
			searchContactLists,
			searchAccountLists,
			searchCustomFields,
			searchAccounts,
			searchContacts,
			searchSequences,
			searchUsers,
		},
		loadOptions: { getCustomFields },
	};
}
