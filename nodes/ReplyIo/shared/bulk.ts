/**
 * Output shapes for Reply.io's bulk and action endpoints, which answer in shapes that are
 * awkward in a workflow: a "NotProcessed" dictionary that lists only failures, a bare array of
 * create results, or 204 with no body at all.
 */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import type { BatchDefinition } from './batch';
import { responseBody } from './transport';

/** Output key → parameter holding an id (plain or resource locator), e.g. `{ accountId: 'accountId' }`. */
export type IdContext = Record<string, string>;

function readContext(ctx: IExecuteSingleFunctions, context: IdContext = {}): IDataObject {
	const out: IDataObject = {};
	for (const [key, parameter] of Object.entries(context)) {
		const raw = ctx.getNodeParameter(parameter, undefined, { extractValue: true });
		const number = Number(raw);
		out[key] = typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(number) ? number : (raw as IDataObject[string]);
	}
	return out;
}

export interface NotProcessedFailure extends IDataObject {
	id: number | string;
	error: string | number | null;
	errorDetails: string | null;
}

export interface NotProcessedSummary extends IDataObject {
	/** Distinct ids sent. */
	requested: number;
	/** How many of them went through. */
	succeeded: number;
	/** The ids that went through, in the order they were sent. */
	processedIds: number[];
	/** The ids that did not, with Reply.io's per-item error (a slug such as `notFound`, or a number). */
	failed: NotProcessedFailure[];
}

/**
 * A NotProcessed dictionary (`{"42": {error, errorDetails}}`, `{}` = all went through) → one
 * summary. Lists rather than a dictionary, so Split Out or an IF can act on them directly.
 */
export function summarizeNotProcessed(requestedIds: unknown[], body: unknown): NotProcessedSummary {
	const requested = [...new Set(requestedIds.map(Number).filter((id) => Number.isSafeInteger(id)))];
	const notProcessed = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as IDataObject;
	const failedKeys = Object.keys(notProcessed);
	const failedSet = new Set(failedKeys);
	const order = (key: string) => {
		const index = requested.indexOf(Number(key));
		return index === -1 ? requested.length : index;
	};
	const failed = [...failedKeys]
		.sort((a, b) => order(a) - order(b))
		.map((key): NotProcessedFailure => {
			const entry = (notProcessed[key] ?? {}) as IDataObject;
			return {
				id: /^\d+$/.test(key) ? Number(key) : key,
				error: (entry.error as string | number | undefined) ?? null,
				errorDetails: (entry.errorDetails as string | undefined) ?? null,
			};
		});
	const processedIds = requested.filter((id) => !failedSet.has(String(id)));
	return { requested: requested.length, succeeded: processedIds.length, processedIds, failed };
}

/** Bulk id endpoints that take at most this many ids per request but document no maximum. */
export const DEFAULT_MAX_IDS_PER_REQUEST = 1000;

export interface IdsBatchOptions {
	/** Body property holding the ids, e.g. `contactIds`. */
	idsProperty: string;
	/** Most ids per request (the documented maximum). */
	maxPerRequest: number;
	/** Ids of the record the request was about (e.g. the account contacts were linked to). */
	context?: IdContext;
}

/**
 * Non-atomic bulk id actions (bulk delete, set-*, list and account links), batched across items:
 * Reply.io answers each request with a NotProcessed dictionary that lists only failures; each
 * input item gets one summary (see `summarizeNotProcessed`) of just its own ids.
 */
export function idsBatch({ idsProperty, maxPerRequest, context }: IdsBatchOptions): BatchDefinition {
	return {
		recordsProperty: idsProperty,
		maxPerRequest,
		distinct: true,
		outcomesOf(response, ids) {
			const body = responseBody(response);
			const notProcessed = (body && !Array.isArray(body) ? body : {}) as IDataObject;
			return ids.map((id) => notProcessed[String(id)] ?? null);
		},
		output(ctx, ids, outcomes) {
			const failures: IDataObject = {};
			ids.forEach((id, index) => {
				if (outcomes[index]) failures[String(id)] = outcomes[index] as IDataObject;
			});
			return [{ json: { ...readContext(ctx, context), ...summarizeNotProcessed(ids, failures) } }];
		},
	};
}

/**
 * Bulk creates that answer `[{id, error, errorDetails}]` in input order, batched across items:
 * one output item per record sent, its input fields plus the new `id` (or the error), so nothing
 * has to be matched up by position downstream.
 */
export function createResultsBatch(recordsProperty: string, maxPerRequest: number): BatchDefinition {
	return {
		recordsProperty,
		maxPerRequest,
		outcomesOf(response) {
			const body = responseBody(response);
			return Array.isArray(body) ? body : [];
		},
		output(_ctx, records, outcomes) {
			return records.map((record, index) => {
				const result = (outcomes[index] ?? {}) as IDataObject;
				const id = (result.id as number | null | undefined) ?? null;
				const error = (result.error as number | string | null | undefined) ?? (outcomes[index] ? null : 'No result from Reply.io');
				return {
					json: {
						...(record as IDataObject),
						id,
						created: id !== null && error === null,
						error,
						errorDetails: (result.errorDetails as string | null | undefined) ?? null,
					},
				};
			});
		},
	};
}

/**
 * postReceive for actions that answer 204 with no body: say what was done to which record,
 * e.g. `{ contactId: 42, noteAdded: true }`, instead of an empty item.
 */
export function outputAcknowledged(context: IdContext, flags: IDataObject) {
	return async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		return [{ json: { ...readContext(this, context), ...flags } }];
	};
}
