import type { INodeProperties, INodePropertyModeTypeOptions } from 'n8n-workflow';
import { loadOptionsContext } from '../../harness/routing';
import { useSandbox } from '../../harness/sandbox';
import { LIST_SEARCH_PAGE_SIZE, searchAccountLists, searchContactLists, searchCustomFields } from '../../../nodes/ReplyIo/methods/listSearch';
import { ReplyIo } from '../../../nodes/ReplyIo/ReplyIo.node';

const api = useSandbox();
/** A real n8n-core LoadOptionsContext, the `this` n8n gives listSearch methods in the editor. */
const ctx = () => loadOptionsContext(api.credentials);

describe('listSearch › Contact lists', () => {
	it('lists names with the id as value, private/shared as description', async () => {
		const hot = api.sandbox.store.addContactList({ name: 'Hot Leads', isShared: true });
		const cold = api.sandbox.store.addContactList({ name: 'Cold Leads' });
		const result = await searchContactLists.call(ctx());
		expect(api.sent()).toEqual([`GET /v3/contact-lists?top=${LIST_SEARCH_PAGE_SIZE}&skip=0`]);
		expect(api.sandbox.requests[0].headers['x-api-key']).toBe(api.credentials.apiKey);
		expect(result).toEqual({
			results: [
				{ name: 'Hot Leads', value: String(hot.id), description: 'Shared with the team' },
				{ name: 'Cold Leads', value: String(cold.id), description: 'Private' },
			],
		});
	});

	it('passes the typed text as search and pages with paginationToken = skip', async () => {
		for (let i = 1; i <= 150; i++) api.sandbox.store.addContactList({ name: `Webinar ${i}` });
		api.sandbox.store.addContactList({ name: 'Other' });
		const first = await searchContactLists.call(ctx(), ' webinar ');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await searchContactLists.call(ctx(), 'webinar', first.paginationToken);
		expect(second.results).toHaveLength(50);
		expect(second.paginationToken).toBeUndefined();
		expect(second.results[49].name).toBe('Webinar 150');
		expect(api.sent()).toEqual([
			'GET /v3/contact-lists?top=100&skip=0&search=webinar',
			'GET /v3/contact-lists?top=100&skip=100&search=webinar',
		]);
	});

	it('an API error surfaces as Reply.io\'s message', async () => {
		const context = loadOptionsContext({ ...api.credentials, apiKey: 'wrong-key' });
		await expect(searchContactLists.call(context)).rejects.toThrow(/^Reply\.io 401/);
	});
});

describe('listSearch › Account lists', () => {
	it('lists names, searches and pages', async () => {
		for (let i = 1; i <= 101; i++) api.sandbox.store.addAccountList({ name: `Segment ${i}` });
		const first = await searchAccountLists.call(ctx(), 'segment');
		expect(first.results[0]).toEqual({ name: 'Segment 1', value: expect.stringMatching(/^\d+$/) });
		expect(first.paginationToken).toBe('100');
		const second = await searchAccountLists.call(ctx(), 'segment', '100');
		expect(second).toEqual({ results: [{ name: 'Segment 101', value: expect.any(String) }] });
		expect(api.sent()).toEqual([
			'GET /v3/contact-account-lists?top=100&skip=0&search=segment',
			'GET /v3/contact-account-lists?top=100&skip=100&search=segment',
		]);
	});

	it('no search text: no search parameter', async () => {
		const list = api.sandbox.store.addAccountList({ name: 'Enterprise' });
		expect(await searchAccountLists.call(ctx(), '')).toEqual({ results: [{ name: 'Enterprise', value: String(list.id) }] });
		expect(api.sent()).toEqual(['GET /v3/contact-account-lists?top=100&skip=0']);
	});
});

describe('listSearch › Custom fields', () => {
	it('one request for the bare array; filtered by title here and sorted', async () => {
		const source = api.sandbox.store.addCustomField({ title: 'Lead Source' });
		const score = api.sandbox.store.addCustomField({ title: 'Lead Score', fieldType: 'number' });
		api.sandbox.store.addCustomField({ title: 'Region' });
		const result = await searchCustomFields.call(ctx(), 'lead');
		expect(api.sent()).toEqual(['GET /v3/custom-fields']);
		expect(result).toEqual({
			results: [
				{ name: 'Lead Score', value: String(score.id), description: 'Type: number' },
				{ name: 'Lead Source', value: String(source.id), description: 'Type: text' },
			],
		});
		expect((await searchCustomFields.call(ctx())).results.map((r) => r.name)).toEqual(['Lead Score', 'Lead Source', 'Region']);
	});
});

describe('the node wires the methods to its locators', () => {
	const node = new ReplyIo();
	const locators = node.description.properties.filter((p): p is INodeProperties => p.type === 'resourceLocator');

	it.each([
		['contactList', 'contactListId', 'searchContactLists'],
		['accountList', 'accountListId', 'searchAccountLists'],
		['customField', 'customFieldId', 'searchCustomFields'],
	])('%s: every %s locator has "From List" (%s) and "By ID", default By ID', (resource, name, method) => {
		const own = locators.filter((p) => p.name === name && p.displayOptions?.show?.resource?.includes(resource));
		expect(own.length).toBeGreaterThanOrEqual(3);
		for (const locator of own) {
			expect(locator.modes!.map((m) => m.name)).toEqual(['list', 'id']);
			expect((locator.modes![0].typeOptions as INodePropertyModeTypeOptions).searchListMethod).toBe(method);
			expect(locator.default).toEqual({ mode: 'id', value: '' });
		}
		expect(typeof node.methods.listSearch[method as keyof typeof node.methods.listSearch]).toBe('function');
	});
});
