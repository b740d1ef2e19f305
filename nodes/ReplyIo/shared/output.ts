/** postReceive presets that shape what an operation outputs. */
import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/** DELETE answers 204 with no body; output which record was deleted instead of nothing. */
export function outputDeleted(idParameter: string) {
	return async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		const id = Number(this.getNodeParameter(idParameter, undefined, { extractValue: true }));
		return [{ json: { id, deleted: true } }];
	};
}
