/**
 * "From List" dropdowns of the id locators (`methods.listSearch`). Each goes through the same
 * transport as the operations (rate-limit waits, problem+json errors). The paged endpoints pass
 * the typed text as Reply.io's search filter and page with `paginationToken` = skip.
 */
import type {
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { replyRequest, responseBody } from '../shared/transport';

/** Rows per dropdown page. */
export const LIST_SEARCH_PAGE_SIZE = 100;

interface PagedSearch {
	/** GET with top/skip in the query (POST: the same, plus a JSON body). */
	method?: 'GET' | 'POST';
	url: string;
	/** Puts the typed text where the endpoint expects it; called only when there is text. */
	search: (text: string) => Pick<IHttpRequestOptions, 'qs' | 'body'>;
	/** Query parameters sent on every page (e.g. leave out archived sequences). */
	qs?: IDataObject;
	toItem: (record: IDataObject) => INodeListSearchItems;
}

/** A `listSearch` method over one paged endpoint. */
function pagedSearch(source: PagedSearch) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchPage(this, source, filter, paginationToken);
	};
}

async function searchPage(
	ctx: ILoadOptionsFunctions,
	{ method = 'GET', url, search, qs, toItem }: PagedSearch,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const skip = Math.max(0, Math.floor(Number(paginationToken ?? 0)) || 0);
	const text = filter?.trim();
	const searched = text ? search(text) : {};
	const body = responseBody(
		await replyRequest.call(ctx, {
			method,
			url,
			qs: { top: LIST_SEARCH_PAGE_SIZE, skip, ...qs, ...searched.qs },
			...(method === 'POST' ? { body: searched.body ?? {} } : {}),
		}),
	) as { items?: IDataObject[]; hasMore?: boolean } | undefined;
	const items = body?.items ?? [];
	const more = (body?.hasMore ?? items.length === LIST_SEARCH_PAGE_SIZE) && items.length > 0;
	return { results: items.map(toItem), ...(more ? { paginationToken: String(skip + items.length) } : {}) };
}

/** For the endpoints that answer one bare array with no search parameter: fetched once, filtered here. */
async function fetchArray(ctx: ILoadOptionsFunctions, url: string): Promise<IDataObject[]> {
	const body = responseBody(await replyRequest.call(ctx, { method: 'GET', url }));
	return Array.isArray(body) ? (body as IDataObject[]) : [];
}

const byName = (a: INodeListSearchItems, b: INodeListSearchItems) => a.name.localeCompare(b.name);

export const searchContactLists = pagedSearch({
	url: '/v3/contact-lists',
	search: (search) => ({ qs: { search } }),
	toItem: (list) => ({
		name: String(list.name),
		value: String(list.id),
		description: list.isShared ? 'Shared with the team' : 'Private',
	}),
});

export const searchAccountLists = pagedSearch({
	url: '/v3/contact-account-lists',
	search: (search) => ({ qs: { search } }),
	toItem: (list) => ({ name: String(list.name), value: String(list.id) }),
});

/** Contact accounts (companies), searched by name; the domain helps tell namesakes apart. */
export const searchAccounts = pagedSearch({
	url: '/v3/contact-accounts',
	search: (search) => ({ qs: { search } }),
	toItem: (account) => ({
		name: String(account.name),
		value: String(account.id),
		...(account.domainName ? { description: String(account.domainName) } : {}),
	}),
});

/**
 * Contacts. `GET /v3/contacts` only looks up an exact email, so the dropdown pages the contact
 * filter (`POST /v3/contacts/filter`), whose `searchTerm` is Reply.io's free-text search.
 */
export const searchContacts = pagedSearch({
	method: 'POST',
	url: '/v3/contacts/filter',
	search: (searchTerm) => ({ body: { searchTerm } }),
	toItem: (contact) => {
		const name = [contact.firstName, contact.lastName].filter((part) => part).join(' ');
		const email = contact.email ? String(contact.email) : '';
		return {
			name: name || email || `Contact ${String(contact.id)}`,
			value: String(contact.id),
			...(name && email ? { description: email } : {}),
		};
	},
});

/** Sequences you can enroll contacts in: archived ones are left out; searched by name. */
export const searchSequences = pagedSearch({
	url: '/v3/sequences',
	qs: { isArchived: false },
	search: (name) => ({ qs: { name } }),
	toItem: (sequence) => ({
		name: String(sequence.name),
		value: String(sequence.id),
		...(sequence.status ? { description: `Status: ${String(sequence.status)}` } : {}),
	}),
});

/**
 * Users for owner fields (`GET /v3/whoami/team-users`, one bare array). A user in several teams
 * is listed once, with every team name; search matches name or email.
 */
export async function searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const users = new Map<number, { name: string; email: string; teams: string[] }>();
	for (const row of await fetchArray(this, '/v3/whoami/team-users')) {
		const id = Number(row.userId);
		const user = users.get(id) ?? { name: String(row.userName ?? ''), email: String(row.userEmail ?? ''), teams: [] };
		if (row.teamName && !user.teams.includes(String(row.teamName))) user.teams.push(String(row.teamName));
		users.set(id, user);
	}
	const search = filter?.trim().toLowerCase();
	const results = [...users.entries()]
		.filter(([, user]) => !search || `${user.name} ${user.email}`.toLowerCase().includes(search))
		.map(([id, user]) => ({
			name: user.name || user.email || `User ${id}`,
			value: String(id),
			description: [user.email, user.teams.join(', ')].filter((part) => part).join(' · '),
		}))
		.sort(byName);
	return { results };
}

/** Custom fields come as one bare array with no search parameter, so the filter is applied here. */
export async function searchCustomFields(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const search = filter?.trim().toLowerCase();
	const results = (await fetchArray(this, '/v3/custom-fields'))
		.filter((field) => !search || String(field.title).toLowerCase().includes(search))
		.map((field) => ({
			name: String(field.title),
			value: String(field.id),
			...(field.fieldType ? { description: `Type: ${String(field.fieldType)}` } : {}),
		}))
		.sort(byName);
	return { results };
}
