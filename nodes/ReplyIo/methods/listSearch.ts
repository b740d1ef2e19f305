/**
 * "From List" dropdowns of the id locators (`methods.listSearch`). Each goes through the same
 * transport as the operations (rate-limit waits, problem+json errors). The paged endpoints pass
 * the typed text as Reply.io's `search` filter and page with `paginationToken` = skip.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { replyRequest, responseBody } from '../shared/transport';

/** Rows per dropdown page. */
export const LIST_SEARCH_PAGE_SIZE = 100;

async function searchPaged(
	ctx: ILoadOptionsFunctions,
	url: string,
	filter: string | undefined,
	paginationToken: string | undefined,
	toItem: (record: IDataObject) => INodeListSearchItems,
): Promise<INodeListSearchResult> {
	const skip = Math.max(0, Math.floor(Number(paginationToken ?? 0)) || 0);
	const search = filter?.trim();
	const qs: IDataObject = { top: LIST_SEARCH_PAGE_SIZE, skip, ...(search ? { search } : {}) };
	const body = responseBody(await replyRequest.call(ctx, { method: 'GET', url, qs })) as
		| { items?: IDataObject[]; hasMore?: boolean }
		| undefined;
	const items = body?.items ?? [];
	const more = (body?.hasMore ?? items.length === LIST_SEARCH_PAGE_SIZE) && items.length > 0;
	return { results: items.map(toItem), ...(more ? { paginationToken: String(skip + items.length) } : {}) };
}

export async function searchContactLists(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPaged(this, '/v3/contact-lists', filter, paginationToken, (list) => ({
		name: String(list.name),
		value: String(list.id),
		description: list.isShared ? 'Shared with the team' : 'Private',
	}));
}

export async function searchAccountLists(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPaged(this, '/v3/contact-account-lists', filter, paginationToken, (list) => ({
		name: String(list.name),
		value: String(list.id),
	}));
}

/** Custom fields come as one bare array with no search parameter, so the filter is applied here. */
export async function searchCustomFields(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = responseBody(await replyRequest.call(this, { method: 'GET', url: '/v3/custom-fields' }));
	const search = filter?.trim().toLowerCase();
	const results = (Array.isArray(body) ? body : [])
		.filter((field) => !search || String(field.title).toLowerCase().includes(search))
		.map((field) => ({
			name: String(field.title),
			value: String(field.id),
			...(field.fieldType ? { description: `Type: ${String(field.fieldType)}` } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}
