/**
 * The account filter's `filters[].values` has no declared type ("depends on the property"). The
 * node takes it as text and sends what the property compares: always a list (the key is plural
 * and In / Not In take several), numbers for numeric properties, dates checked, and an empty
 * list where the condition takes no value.
 */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { coerce } from './validation';

/** Conditions whose text is a comma-separated list; the others take the whole text as one value. */
const LIST_CONDITIONS = new Set(['In', 'NotIn', 'CollectionContains', 'CollectionNotContains']);
/** Conditions that compare nothing. */
const NO_VALUE_CONDITIONS = new Set(['IsNull', 'IsNotNull']);
/** Properties holding ids or counts. */
const NUMERIC_PROPERTIES = new Set(['OwnerId', 'Stage', 'NumberOfContacts', 'Sequence']);
const DATE_PROPERTIES = new Set(['CreatedDate', 'LastActivityDate', 'LastActivityDateFrom', 'LastActivityDateTo']);

/** One filter's `values` as the API takes it, or a message saying what is wrong with it. */
export function encodeFilterValues(property: unknown, condition: unknown, raw: unknown): unknown[] | string {
	if (NO_VALUE_CONDITIONS.has(String(condition))) return [];
	let values: unknown[];
	if (Array.isArray(raw)) values = raw;
	else if (typeof raw === 'string' && LIST_CONDITIONS.has(String(condition))) {
		values = raw.split(',').map((part) => part.trim());
	} else values = [typeof raw === 'string' ? raw.trim() : raw];
	values = values.filter((value) => value !== '' && value !== undefined && value !== null);
	if (!values.length) return `needs a value for the condition ${String(condition)}`;
	if (NUMERIC_PROPERTIES.has(String(property))) {
		const numbers = values.map((value) => (typeof value === 'string' ? Number(value) : value));
		const bad = values.find((_, i) => typeof numbers[i] !== 'number' || !Number.isFinite(numbers[i] as number));
		return bad === undefined ? numbers : `${JSON.stringify(bad)} is not a number (${String(property)} compares numbers)`;
	}
	if (DATE_PROPERTIES.has(String(property))) {
		const bad = values.find((value) => typeof value !== 'string' || Number.isNaN(Date.parse(value)));
		if (bad !== undefined) return `${JSON.stringify(bad)} is not a date (use ISO 8601, e.g. 2024-05-01 or 2024-05-01T09:00:00Z)`;
	}
	return values;
}

/** preSend: encodes every `filters[].values` (see above); fails the item before sending if one cannot be. */
export async function encodeAccountFilterValues(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = { ...((requestOptions.body ?? {}) as IDataObject) };
	if (body.filters === undefined || body.filters === null) return requestOptions;
	const filters = coerce(body.filters, { type: 'array' });
	if (!Array.isArray(filters)) return requestOptions; // left to validateBody to report
	const problems: string[] = [];
	body.filters = filters.map((filter, index) => {
		if (typeof filter !== 'object' || filter === null) return filter as IDataObject;
		const { property, condition, values } = filter as IDataObject;
		const encoded = encodeFilterValues(property, condition, values);
		if (typeof encoded === 'string') {
			problems.push(`Filters [${index + 1}] › Values ${encoded}`);
			return filter as IDataObject;
		}
		return { ...(filter as IDataObject), values: encoded } as IDataObject;
	});
	if (problems.length) {
		throw new NodeOperationError(this.getNode(), `Invalid input: ${problems.join('; ')}`, {
			itemIndex: this.getItemIndex(),
			description: 'Nothing was sent to Reply.io. Fix the field(s) named above and run the node again.',
		});
	}
	return { ...requestOptions, body };
}
