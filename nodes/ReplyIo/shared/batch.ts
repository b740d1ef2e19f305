/**
 * Batching across input items. Reply.io's bulk endpoints (import, bulk delete, set-*, list and
 * account links) take up to 100–1000 records per request, but n8n hands a declarative node one
 * item at a time: RoutingNode runs every item's preSend hooks and then our executor, all items
 * concurrently. The batched executor lets each item add its records to one shared batch for the
 * node run, sends the batch in as few requests as the documented maximum allows, and gives every
 * item back its own outcome — so 2,500 items cost three requests and still give 2,500 results.
 *
 * The batch lives only as long as one node run (keyed by that run's execute-data object), so
 * nothing is shared between executions.
 */
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import { runState } from './runState';
import { replyRequest } from './transport';

/** What one record of a chunk came to, in the order the records were sent. */
export type RecordOutcomes = unknown[];

export interface BatchDefinition {
	/** Body property holding the records (`items` for import, `ids` / `contactIds` for id actions). */
	recordsProperty: string;
	/** Most records one request may carry (the documented maximum). */
	maxPerRequest: number;
	/** Send each distinct record once per group (ids); otherwise every record is sent (import rows). */
	distinct?: boolean;
	/** One chunk's response → one outcome per record of the chunk, in order. */
	outcomesOf(response: IN8nHttpFullResponse, records: unknown[]): RecordOutcomes;
	/** One item's records and their outcomes → that item's output. */
	output(ctx: IExecutePaginationFunctions, records: unknown[], outcomes: RecordOutcomes): INodeExecutionData[];
}

interface Entry {
	ctx: IExecutePaginationFunctions;
	itemIndex: number;
	request: IHttpRequestOptions;
	records: unknown[];
	/** Set once this item's requests are done: its outcomes, or the error of a request that failed. */
	outcomes?: RecordOutcomes;
	error?: unknown;
}

interface RunBatch {
	entries: Entry[];
	sent?: Promise<void>;
}

/** Per node run: batch name → the batch its items are joining. */
const batches = new WeakMap<object, Map<string, RunBatch>>();

/** Requests are grouped when everything but the records is the same (same URL, same options). */
function groupKey(request: IHttpRequestOptions, recordsProperty: string): string {
	const rest = { ...((request.body ?? {}) as IDataObject) };
	delete rest[recordsProperty];
	return JSON.stringify([request.method, request.url, request.qs ?? {}, rest]);
}

function joinBatch(ctx: IExecutePaginationFunctions, name: string): RunBatch {
	const perRun = runState(batches, ctx, () => new Map<string, RunBatch>());
	let batch = perRun.get(name);
	if (!batch || batch.sent) perRun.set(name, (batch = { entries: [] }));
	return batch;
}

function inputItemCount(ctx: IExecutePaginationFunctions): number {
	const data = ctx.getExecuteData?.()?.data?.main?.[0];
	return Array.isArray(data) ? data.length : 1;
}

/**
 * A chunk request failed: every item with a record in it gets the error, saying which request it
 * was, since none of that chunk's records went through.
 */
function chunkError(entry: Entry, error: unknown, chunk: number, chunks: number, size: number): Error {
	const where = chunks > 1 ? `request ${chunk} of ${chunks} (${size} records)` : `the batch request (${size} records)`;
	const node = entry.ctx.getNode();
	const base = error as NodeApiError & { description?: string };
	const description = `This item was sent in ${where} together with other items; Reply.io rejected that whole request, so none of its records went through.${base.description ? ` ${base.description}` : ''}`;
	if (error instanceof NodeApiError) {
		return new NodeApiError(node, (base.cause ?? {}) as JsonObject, {
			message: base.message,
			description,
			httpCode: base.httpCode ?? undefined,
			itemIndex: entry.itemIndex,
		});
	}
	return new NodeOperationError(node, error instanceof Error ? error.message : String(error), {
		description,
		itemIndex: entry.itemIndex,
	});
}

async function sendGroup(entries: Entry[], definition: BatchDefinition): Promise<void> {
	const { recordsProperty, maxPerRequest, distinct } = definition;
	// The records to send, and where each entry's records sit among them: a distinct record is
	// sent once for every entry that holds it.
	const records: unknown[] = [];
	const firstPosition = new Map<string, number>();
	const positionsOf = new Map<Entry, number[]>();
	for (const entry of entries) {
		const positions = entry.records.map((record) => {
			const key = distinct ? JSON.stringify(record) : undefined;
			const known = key === undefined ? undefined : firstPosition.get(key);
			if (known !== undefined) return known;
			if (key !== undefined) firstPosition.set(key, records.length);
			return records.push(record) - 1;
		});
		positionsOf.set(entry, positions);
	}
	const lead = entries[0];
	const chunks = Math.ceil(records.length / maxPerRequest);
	const outcomes: unknown[] = [];
	const failedChunks = new Map<number, unknown>();
	for (let chunk = 0; chunk < chunks; chunk++) {
		const part = records.slice(chunk * maxPerRequest, (chunk + 1) * maxPerRequest);
		const body = { ...(lead.request.body as IDataObject), [recordsProperty]: part };
		try {
			const response = await replyRequest.call(lead.ctx, { ...lead.request, body });
			const answered = definition.outcomesOf(response, part);
			part.forEach((_record, index) => (outcomes[chunk * maxPerRequest + index] = answered[index]));
		} catch (error) {
			failedChunks.set(chunk, error);
		}
	}
	for (const entry of entries) {
		const positions = positionsOf.get(entry)!;
		// The first failed request that carried one of this entry's records.
		const failed = [...failedChunks.keys()].find((chunk) =>
			positions.some((position) => Math.floor(position / maxPerRequest) === chunk),
		);
		if (failed === undefined) {
			entry.outcomes = positions.map((position) => outcomes[position]);
		} else {
			const size = Math.min(maxPerRequest, records.length - failed * maxPerRequest);
			entry.error = chunkError(entry, failedChunks.get(failed), failed + 1, chunks, size);
		}
	}
}

async function sendBatch(batch: RunBatch, definition: BatchDefinition): Promise<void> {
	const groups = new Map<string, Entry[]>();
	for (const entry of [...batch.entries].sort((a, b) => a.itemIndex - b.itemIndex)) {
		const key = groupKey(entry.request, definition.recordsProperty);
		const group = groups.get(key);
		if (group) group.push(entry);
		else groups.set(key, [entry]);
	}
	// One group after another: a run of many items stays a steady trickle of requests.
	for (const entries of groups.values()) await sendGroup(entries, definition);
}

/**
 * preSend for operations where each input item is one record of a bulk body (import): after
 * validation, the item's fields become `{[recordsProperty]: [record], ...settings}` — the
 * settings being the body properties that apply to the whole request.
 */
export function wrapAsRecord(recordsProperty: string, settings: string[]) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const record = { ...((requestOptions.body ?? {}) as IDataObject) };
		const body: IDataObject = {};
		for (const name of settings) {
			if (record[name] !== undefined) body[name] = record[name];
			delete record[name];
		}
		return { ...requestOptions, body: { [recordsProperty]: [record], ...body } };
	};
}

/**
 * The routing executor of a batched operation (used in the `operations.pagination` slot, after
 * the item's preSend hooks have validated its body). Each item's body carries its records under
 * `recordsProperty`; the output is one result per input item.
 */
export function batchedExecutor(name: string, definition: BatchDefinition) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const request = requestData.options as IHttpRequestOptions;
		const records = ((request.body as IDataObject | undefined)?.[definition.recordsProperty] ?? []) as unknown[];
		const batch = joinBatch(this, name);
		const entry: Entry = { ctx: this, itemIndex: this.getItemIndex(), request, records };
		batch.entries.push(entry);
		// Preceding hooks do no I/O, so once a timer tick has passed, every item of this run that
		// passed validation has joined the batch.
		await sleep(0);
		if (!batch.sent) {
			const complete = batch.entries.length === inputItemCount(this);
			// An item failed before joining (bad input): without Continue On Fail the node stops on
			// that item's error, so nothing may be sent for the others.
			batch.sent = complete || this.continueOnFail() ? sendBatch(batch, definition) : Promise.resolve();
		}
		await batch.sent;
		if (entry.error) throw entry.error;
		if (!entry.outcomes) return [];
		return definition.output(this, records, entry.outcomes);
	};
}

/** Per node run: queue name → the last item's task. */
const queues = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `task` for one item after the previous items of the same node run have finished theirs.
 * For read-then-write operations (create or update): run concurrently, two items with the same
 * email would both find nothing and both create.
 */
export async function oneItemAtATime<T>(ctx: IExecuteSingleFunctions, name: string, task: () => Promise<T>): Promise<T> {
	const perRun = runState(queues, ctx, () => new Map<string, Promise<unknown>>());
	const previous = perRun.get(name) ?? Promise.resolve();
	const mine = previous.then(task, task);
	perRun.set(name, mine.catch(() => undefined));
	return await mine;
}
