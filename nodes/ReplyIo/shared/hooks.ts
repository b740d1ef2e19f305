/** preSend hooks shared by several operations. Each is named for what it does to the request. */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ReplyContext } from './transport';
import { replyRequest, responseBody } from './transport';

/** Reply.io ids are 32-bit positive integers (route validation: 1..2147483647). */
export const MAX_ID = 2147483647;

/** Parses an id the user typed or mapped; throws for this item if it is not a valid id. */
export function parseId(ctx: IExecuteSingleFunctions, raw: unknown, field: string): number {
	const text = typeof raw === 'number' ? String(raw) : String(raw ?? '').trim();
	const id = Number(text);
	if (!/^\d+$/.test(text) || !Number.isSafeInteger(id) || id < 1 || id > MAX_ID) {
		throw new NodeOperationError(ctx.getNode(), `Invalid ${field}: ${JSON.stringify(raw ?? '')} is not a Reply.io ID (a whole number from 1 to ${MAX_ID})`, {
			itemIndex: ctx.getItemIndex(),
			description: 'Nothing was sent to Reply.io.',
		});
	}
	return id;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Ids found by a lookup before sending (a contact "By Email"), per item context, so outputs can
 * show the id rather than the email. postReceive runs on a context created with
 * `Object.create(preSendContext)`, hence the walk up the prototype chain.
 */
const resolvedIds = new WeakMap<object, Record<string, number>>();

/** The id a preSend lookup found for `parameter` in this item, if any. */
export function resolvedId(ctx: object, parameter: string): number | undefined {
	for (let current: object | null = ctx; current; current = Object.getPrototypeOf(current) as object | null) {
		const found = resolvedIds.get(current)?.[parameter];
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * postReceive for outputs that echo an id parameter (`{ id, deleted }`, `{ contactId, … }`): the id a
 * "By Email" lookup found replaces the email the parameter holds. Output key → parameter name.
 */
export function outputResolvedIds(context: Record<string, string>) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const found: IDataObject = {};
		for (const [key, parameter] of Object.entries(context)) {
			const id = resolvedId(this, parameter);
			if (id !== undefined) found[key] = id;
		}
		if (!Object.keys(found).length) return items;
		return items.map((item) => ({ ...item, json: { ...item.json, ...found } }));
	};
}

/** The contacts an exact-match filter of `GET /v3/contacts` finds (`email` or `linkedIn`); at most one. */
export async function findContacts(ctx: ReplyContext, filter: IDataObject, baseURL?: string): Promise<IDataObject[]> {
	const body = responseBody(
		await replyRequest.call(ctx, { baseURL, method: 'GET', url: '/v3/contacts', qs: { ...filter, top: 1 } }),
	) as { items?: IDataObject[] } | undefined;
	return body?.items ?? [];
}

/**
 * The contact with exactly this email (`GET /v3/contacts?email=…`), or a NodeOperationError that
 * says none has it, in which case nothing else is sent.
 */
export async function findContactIdByEmail(
	ctx: IExecuteSingleFunctions,
	raw: unknown,
	field: string,
	baseURL?: string,
): Promise<number> {
	const email = String(raw ?? '').trim();
	const itemIndex = ctx.getItemIndex();
	if (!EMAIL.test(email)) {
		throw new NodeOperationError(ctx.getNode(), `Invalid ${field}: ${JSON.stringify(email)} is not an email address`, {
			itemIndex,
			description: 'In "By Email" mode give the contact\'s email address, e.g. name@email.com. Nothing was sent to Reply.io.',
		});
	}
	// The API's email filter is an exact lookup; comparing again guards against a looser server.
	const match = (await findContacts(ctx, { email }, baseURL)).find((contact) => String(contact.email ?? '').toLowerCase() === email.toLowerCase());
	if (!match) {
		throw new NodeOperationError(ctx.getNode(), `No contact with the email "${email}"`, {
			itemIndex,
			description: `Reply.io has no contact with this exact email address, so the ${field} could not be found. Nothing else was sent.`,
		});
	}
	return parseId(ctx, match.id, field);
}

/**
 * Fills the `{id}` placeholder of the routed URL from a parameter (plain or resource locator),
 * after checking it is a valid id. A locator in "By Email" mode (contacts) is looked up first.
 */
export function setPathId(parameter: string, field: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// One read (expressions resolved once): a locator's modes define no extractValue, so its value is the id.
		const value = this.getNodeParameter(parameter, undefined) as unknown;
		const locator = typeof value === 'object' && value !== null && '__rl' in value ? (value as { mode?: string; value?: unknown }) : undefined;
		const raw = locator ? locator.value : value;
		let id: number;
		if (locator?.mode === 'email') {
			id = await findContactIdByEmail(this, raw, field, requestOptions.baseURL);
			resolvedIds.set(this, { ...resolvedIds.get(this), [parameter]: id });
		} else {
			id = parseId(this, raw, field);
		}
		return { ...requestOptions, url: requestOptions.url.replace('{id}', String(id)) };
	};
}

/** An update with nothing to change is almost always a mistake in the workflow; say so. */
export async function requireUpdateFields(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (!Object.keys(body).length) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update: add at least one field under "Update Fields"', {
			itemIndex: this.getItemIndex(),
			description: 'No request was sent to Reply.io.',
		});
	}
	return requestOptions;
}

/**
 * For endpoints whose PUT replaces the whole record: read the record first and send its
 * current writable fields with the user's changes on top, so fields the user did not touch
 * keep their values instead of being cleared.
 */
export function mergeWithCurrent(writableFields: string[]) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const current = responseBody(
			await replyRequest.call(this, { baseURL: requestOptions.baseURL, method: 'GET', url: requestOptions.url }),
		) as IDataObject;
		const merged: IDataObject = {};
		for (const field of writableFields) {
			if (current?.[field] !== undefined) merged[field] = current[field];
		}
		Object.assign(merged, requestOptions.body as IDataObject);
		return { ...requestOptions, body: merged };
	};
}

/** For actions documented as "no request body" (share / unshare): send none rather than `{}`. */
export async function sendNoBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const options = { ...requestOptions };
	delete options.body;
	return options;
}
