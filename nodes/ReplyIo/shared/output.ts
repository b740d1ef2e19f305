/** postReceive presets that shape what an operation outputs. */
import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { outputAcknowledged } from './bulk';
import { responseBody } from './transport';
import type { BodySchema } from './validation';
import { coerce } from './validation';

/** DELETE answers 204 with no body; output which record was deleted instead of nothing. */
export function outputDeleted(idParameter: string) {
	return outputAcknowledged({ id: idParameter }, { deleted: true });
}

/**
 * For endpoints that answer one bare array with no paging (custom fields): the whole array
 * arrives in one response, so Return All keeps every item and a Limit keeps the first ones.
 */
export async function applyLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) as boolean) return items;
	const limit = this.getNodeParameter('limit', 50) as number;
	return items.slice(0, Math.max(0, limit));
}

export interface MembershipOutput {
	/** Resource locator parameter holding the list id. */
	listParameter: string;
	/** Parameter holding the ids that were sent (comma-separated text or an array). */
	idsParameter: string;
	/** Runtime schema of the ids array, to read the parameter exactly as validateBody did. */
	idsSchema: BodySchema;
}

/**
 * Bulk add/move answers a "NotProcessed" dictionary that lists only failures (`{}` = all went
 * through). One item per request instead: the list, how many ids were sent, which went through
 * and which failed (as an array, so a Split Out or an IF can act on them).
 */
export function outputMembership({ listParameter, idsParameter, idsSchema }: MembershipOutput) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const listId = Number(this.getNodeParameter(listParameter, undefined, { extractValue: true }));
		const sent = coerce(this.getNodeParameter(idsParameter, ''), idsSchema);
		const requested = (Array.isArray(sent) ? sent : []).map(Number);
		const body = responseBody(response);
		const notProcessed = (body && !Array.isArray(body) ? body : {}) as IDataObject;
		const failedKeys = Object.keys(notProcessed);
		const failed = failedKeys.map((key) => {
			const entry = (notProcessed[key] ?? {}) as IDataObject;
			return { id: /^\d+$/.test(key) ? Number(key) : key, error: entry.error ?? null, errorDetails: entry.errorDetails ?? null };
		});
		const failedIds = new Set(failedKeys);
		const processedIds = [...new Set(requested)].filter((id) => !failedIds.has(String(id)));
		return [{ json: { listId, requested: requested.length, processedIds, failed } }];
	};
}
