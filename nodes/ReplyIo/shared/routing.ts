/**
 * Declarative routing with our own transport. n8n's routing calls `operations.pagination` as a
 * function when `send.paginate` is true; we use that slot for every operation so each request
 * goes through `replyRequest` (retries, rate limits, problem+json errors) and list endpoints
 * page with top/skip until `hasMore` is false — the generic paginator can do neither.
 */
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { replyRequest, responseBody } from './transport';

/** Largest page every list endpoint in the spec accepts (`top` maximum). */
export const MAX_PAGE_SIZE = 1000;

type PostReceiveFunction = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

function toItems(body: IDataObject | IDataObject[] | undefined): INodeExecutionData[] {
	if (body === undefined) return [{ json: { success: true } }];
	return (Array.isArray(body) ? body : [body]).map((json) => ({ json }));
}

async function applyPostReceive(
	ctx: IExecuteSingleFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	let result = items;
	for (const step of requestData.postReceive) {
		for (const action of step.actions) {
			if (typeof action !== 'function') throw new Error('Only function postReceive actions are supported');
			result = await (action as PostReceiveFunction).call(ctx, result, response);
		}
	}
	return result;
}

/** Sends the routed request once. */
export async function executeSingle(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const response = await replyRequest.call(this, requestData.options as IHttpRequestOptions);
	return await applyPostReceive(this, requestData, toItems(responseBody(response)), response);
}

/**
 * Pages a `{items, hasMore}` endpoint with top/skip. Return All fetches pages of
 * MAX_PAGE_SIZE until `hasMore` is false (or, if the API omits it, a short page);
 * otherwise it asks only for what the Limit still needs.
 */
export async function executePaged(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const items: INodeExecutionData[] = [];
	const options = requestData.options as IHttpRequestOptions;
	let skip = 0;
	while (items.length < limit) {
		const top = Math.min(MAX_PAGE_SIZE, limit - items.length);
		const response = await replyRequest.call(this, { ...options, qs: { ...options.qs, top, skip } });
		const body = responseBody(response) as { items?: IDataObject[]; hasMore?: boolean } | undefined;
		const page = body?.items ?? [];
		const pageItems = await applyPostReceive(this, requestData, page.map((json) => ({ json })), response);
		items.push(...pageItems.slice(0, limit - items.length));
		const more = body?.hasMore ?? page.length === top;
		if (!more || page.length === 0) break;
		skip += page.length;
	}
	return items;
}

/** What runs an operation's request(s) once its preSend hooks are done. */
export type RoutingExecutor = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

export interface OperationRouting {
	method: IHttpRequestMethods;
	url: string;
	paged?: boolean;
	/** Replaces the default executor (e.g. one that batches records across items). */
	executor?: RoutingExecutor;
	preSend?: PreSendAction[];
	postReceive?: PostReceiveAction[];
}

/** The routing block of one operation option. */
export function replyRouting({ method, url, paged, executor, preSend, postReceive }: OperationRouting): INodePropertyRouting {
	return {
		request: { method, url },
		send: { paginate: true, ...(preSend?.length ? { preSend } : {}) },
		operations: { pagination: executor ?? (paged ? executePaged : executeSingle) },
		...(postReceive?.length ? { output: { postReceive } } : {}),
	};
}
