import type { INodeProperties, INodePropertyModeTypeOptions } from 'n8n-workflow';
import { loadOptionsContext } from '../../harness/routing';
import { useSandbox } from '../../harness/sandbox';
import {
	LIST_SEARCH_PAGE_SIZE,
	searchAccountLists,
	searchAccounts,
	searchContactLists,
	searchContacts,
	searchCustomFields,
	searchSequences,
	searchUsers,
} from '../../../nodes/ReplyIo/methods/listSearch';
import { getCustomFields } from '../../../nodes/ReplyIo/methods/loadOptions';
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

describe('listSearch › Sequences', () => {
	it('lists the non-archived sequences, newest first, with their status', async () => {
		api.sandbox.store.addSequence({ name: 'Old Campaign', isArchived: true });
		const result = await searchSequences.call(ctx());
		expect(api.sent()).toEqual(['GET /v3/sequences?top=100&skip=0&isArchived=false']);
		expect(result).toEqual({
			results: [
				{ name: 'Re-engagement', value: '3', description: 'Status: new' },
				{ name: 'Webinar Follow-up', value: '2', description: 'Status: paused' },
				{ name: 'Sales Outreach', value: '1', description: 'Status: active' },
			],
		});
	});

	it("searches with Reply.io's name filter and pages with skip", async () => {
		for (let i = 1; i <= 120; i++) api.sandbox.store.addSequence({ name: `Nurture ${i}` });
		const first = await searchSequences.call(ctx(), ' nurture ');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const second = await searchSequences.call(ctx(), 'nurture', first.paginationToken);
		expect(second.results).toHaveLength(20);
		expect(second.paginationToken).toBeUndefined();
		expect(api.sent()).toEqual([
			'GET /v3/sequences?top=100&skip=0&isArchived=false&name=nurture',
			'GET /v3/sequences?top=100&skip=100&isArchived=false&name=nurture',
		]);
	});
});

describe('listSearch › Users (owners)', () => {
	it('one request; each user once with email and teams; search by name or email; sorted', async () => {
		api.sandbox.store.users.get(2)!.otherTeams = [{ id: 7, name: 'EMEA' }];
		const all = await searchUsers.call(ctx());
		expect(api.sent()).toEqual(['GET /v3/whoami/team-users']);
		expect(all).toEqual({
			results: [
				{ name: 'Alex Morgan', value: '1', description: 'alex.morgan@example.com · Sandbox Team' },
				{ name: 'Jordan Lee', value: '2', description: 'jordan.lee@example.com · Sandbox Team, EMEA' },
				{ name: 'Sam Patel', value: '3', description: 'sam.patel@example.com · Sandbox Team' },
			],
		});
		expect((await searchUsers.call(ctx(), 'SAM.PATEL@')).results.map((r) => r.value)).toEqual(['3']);
		expect((await searchUsers.call(ctx(), 'lee')).results.map((r) => r.value)).toEqual(['2']);
	});
});

describe('listSearch › Contact accounts', () => {
	it("searches by name with Reply.io's search parameter; the domain is the description", async () => {
		const acme = api.sandbox.store.addAccount({ name: 'Acme', domainName: 'acme.com' });
		api.sandbox.store.addAccount({ name: 'Globex' });
		const bare = api.sandbox.store.addAccount({ name: 'Acme Labs' });
		const result = await searchAccounts.call(ctx(), 'acme');
		expect(api.sent()).toEqual(['GET /v3/contact-accounts?top=100&skip=0&search=acme']);
		expect(result.results).toEqual(
			expect.arrayContaining([
				{ name: 'Acme', value: String(acme.id), description: 'acme.com' },
				{ name: 'Acme Labs', value: String(bare.id) },
			]),
		);
		expect(result.results).toHaveLength(2);
	});
});

describe('listSearch › Contacts', () => {
	it('pages the contact filter with the typed text as searchTerm; name with email, or the email alone', async () => {
		const jane = api.sandbox.store.addContact({ email: 'jane@acme.com', firstName: 'Jane', lastName: 'Doe' });
		const anon = api.sandbox.store.addContact({ email: 'info@acme.com' });
		api.sandbox.store.addContact({ email: 'bob@globex.com', firstName: 'Bob' });
		const result = await searchContacts.call(ctx(), 'acme');
		expect(api.sent()).toEqual(['POST /v3/contacts/filter?top=100&skip=0']);
		expect(api.sandbox.requests[0].body).toEqual({ searchTerm: 'acme' });
		expect(result.results).toEqual(
			expect.arrayContaining([
				{ name: 'Jane Doe', value: String(jane.id), description: 'jane@acme.com' },
				{ name: 'info@acme.com', value: String(anon.id) },
			]),
		);
		expect(result.results).toHaveLength(2);
	});

	it('no text: an empty filter body, every contact', async () => {
		api.sandbox.store.seedContacts(3);
		const result = await searchContacts.call(ctx());
		expect(api.sandbox.requests[0].body).toEqual({});
		expect(result.results).toHaveLength(3);
	});
});

describe('loadOptions › Custom fields (contact create and update)', () => {
	it('the title is both name and value (what create and update can send without a lookup)', async () => {
		const score = api.sandbox.store.addCustomField({ title: 'Lead Score', fieldType: 'number' });
		const region = api.sandbox.store.addCustomField({ title: 'Region' });
		expect(await getCustomFields.call(ctx())).toEqual([
			{ name: 'Lead Score', value: 'Lead Score', description: `Number field, ID ${score.id}` },
			{ name: 'Region', value: 'Region', description: `Text field, ID ${region.id}` },
		]);
		expect(api.sent()).toEqual(['GET /v3/custom-fields']);
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
		expect(own.flatMap((p) => p.displayOptions?.show?.operation ?? []).length).toBeGreaterThanOrEqual(3);
		for (const locator of own) {
			expect(locator.modes!.map((m) => m.name)).toEqual(['list', 'id']);
			expect((locator.modes![0].typeOptions as INodePropertyModeTypeOptions).searchListMethod).toBe(method);
			expect(locator.default).toEqual({ mode: 'id', value: '' });
		}
		expect(typeof node.methods.listSearch[method as keyof typeof node.methods.listSearch]).toBe('function');
	});

	const everywhere = (name: string) => locators.filter((p) => p.name === name);
	// One declaration may serve several operations (mergeRepeatedProperties): list each of them.
	const operationsOf = (list: INodeProperties[]) =>
		list
			.flatMap((p) =>
				((p.displayOptions?.show?.operation ?? []) as string[]).map(
					(operation) => `${String(p.displayOptions?.show?.resource)}/${operation}`,
				),
			)
			.sort();
	const collectionLocators = (name: string) =>
		node.description.properties
			.filter((p) => p.type === 'collection')
			.flatMap((c) => (c.options as INodeProperties[]).filter((o) => o.name === name && o.type === 'resourceLocator').map(() => c));

	it('contacts: From List (searchContacts), By ID and By Email on every contact-id parameter', () => {
		const own = everywhere('contactId');
		expect(operationsOf(own)).toEqual(
			[
				'addNote',
				'delete',
				'get',
				'getActivities',
				'getLists',
				'getSequences',
				'getStatuses',
				'moveToSequence',
				'update',
			].map((op) => `contact/${op}`),
		);
		for (const locator of own) {
			expect(locator.modes!.map((m) => m.name)).toEqual(['list', 'id', 'email']);
			expect((locator.modes![0].typeOptions as INodePropertyModeTypeOptions).searchListMethod).toBe('searchContacts');
		}
	});

	it('contact accounts: From List (searchAccounts) on every account-id parameter', () => {
		const own = everywhere('accountId').filter((p) => p.displayOptions?.show?.resource?.includes('contactAccount'));
		expect(operationsOf(own).length).toBeGreaterThanOrEqual(7);
		for (const locator of own) {
			expect((locator.modes![0].typeOptions as INodePropertyModeTypeOptions).searchListMethod).toBe('searchAccounts');
		}
	});

	it.each([
		['sequenceId', 'searchSequences', ['contact/moveToSequence']],
		['userId', 'searchUsers', ['contact/changeOwner', 'contactAccount/changeOwner']],
	])('%s is a required %s locator on %j', (name, method, operations) => {
		const own = everywhere(name);
		expect(operationsOf(own)).toEqual(operations);
		for (const locator of own) {
			expect(locator.required).toBe(true);
			expect(locator.modes!.map((m) => m.name)).toEqual(['list', 'id']);
			expect((locator.modes![0].typeOptions as INodePropertyModeTypeOptions).searchListMethod).toBe(method);
		}
	});

	it.each([
		['ownerUserId', ['contact/import', 'contact/update', 'contactAccount/update']],
		['sequenceId', ['contact/filter', 'contact/import']],
		['listId', ['contact/filter']],
		['accountId', ['contact/create', 'contact/import', 'contact/update', 'contact/upsert']],
	])('optional %s locators inside collections on %j', (name, operations) => {
		expect(operationsOf(collectionLocators(name))).toEqual(operations);
	});

	it('every locator and dropdown method the fields name exists on the node', () => {
		const json = JSON.stringify(node.description.properties);
		const listSearch = [...json.matchAll(/"searchListMethod":"(\w+)"/g)].map((m) => m[1]);
		const loadOptions = [...json.matchAll(/"loadOptionsMethod":"(\w+)"/g)].map((m) => m[1]);
		expect(new Set(listSearch)).toEqual(new Set(Object.keys(node.methods.listSearch)));
		expect(new Set(loadOptions)).toEqual(new Set(Object.keys(node.methods.loadOptions)));
	});
});

describe('each parameter is declared once per shape', () => {
	it('no two top-level properties differ only in their operations (RoutingNode evaluates every declaration per item)', () => {
		const properties = new ReplyIo().description.properties;
		const shapeOf = (p: INodeProperties) => {
			const rest: Partial<INodeProperties> = { ...p };
			delete rest.description;
			delete rest.displayOptions;
			const conditions = { ...p.displayOptions?.show };
			delete conditions.operation;
			return JSON.stringify([rest, conditions]);
		};
		// Operation selectors carry routing functions (JSON drops them): compare the fields only.
		const shapes = properties.filter((p) => p.displayOptions?.show?.operation && p.name !== 'operation').map(shapeOf);
		expect(shapes.length).toBeGreaterThan(40);
		expect(new Set(shapes).size).toBe(shapes.length);
		const contactId = properties.filter((p) => p.name === 'contactId');
		expect(contactId).toHaveLength(1);
		expect(contactId[0].displayOptions?.show?.operation).toHaveLength(9);
	});
});
