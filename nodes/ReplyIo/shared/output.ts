/** postReceive presets that shape what an operation outputs. */
import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { outputAcknowledged } from './bulk';

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
