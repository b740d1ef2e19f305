/**
 * Custom field values on contacts. Reply.io names a field differently per endpoint: create
 * (`POST /v4/contacts`) and read use `{key, value}` with the field's title as key, while PATCH and
 * import use `{id | name, value}`. The node shows one "Custom Fields" editor (field picked from a
 * dropdown of titles, or given by title or ID in an expression) and translates here, so users
 * never see the difference. Import and upsert reuse these helpers.
 */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ReplyContext } from './transport';
import { replyRequest, responseBody } from './transport';

/** One value to set: `field` is a title, or a number when the user gave the field's ID. */
export interface CustomFieldEntry {
	field: string | number;
	/** null clears the field (update); on create an empty value is left out. */
	value: string | null;
}

/** Where a bad custom field is reported: the node, and the item when there is one. */
export interface ErrorTarget {
	node: INode;
	itemIndex?: number;
}

function fail(target: ErrorTarget, message: string): never {
	throw new NodeOperationError(target.node, `Invalid input: ${message}`, {
		itemIndex: target.itemIndex,
		description: 'Nothing was sent to Reply.io. Pick the field from the list, or give its exact title or ID.',
	});
}

function toEntry(target: ErrorTarget, field: unknown, value: unknown, where: string): CustomFieldEntry {
	const text = typeof field === 'number' ? String(field) : String(field ?? '').trim();
	if (!text) fail(target, `${where}: choose a field, or give its title or ID`);
	return {
		field: /^\d+$/.test(text) ? Number(text) : text,
		value: value === undefined || value === null || value === '' ? null : typeof value === 'object' ? JSON.stringify(value) : String(value),
	};
}

/**
 * Reads custom field values in any shape a user or an upstream node may give: the node's
 * "Custom Fields" editor (`{values: [{field, value}]}`), an array of `{field|key|name|title|id,
 * value}` (so Reply.io's own read and write shapes map straight across), an object of
 * `{title: value}`, or any of those as JSON text.
 */
export function readCustomFieldEntries(raw: unknown, target: ErrorTarget): CustomFieldEntry[] {
	let input = raw;
	if (input === undefined || input === null || input === '') return [];
	if (typeof input === 'string') {
		try {
			input = JSON.parse(input) as unknown;
		} catch {
			fail(target, 'Custom Fields: not valid JSON');
		}
	}
	if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'values' in input) {
		input = (input as IDataObject).values ?? [];
	}
	if (Array.isArray(input)) {
		return input.map((item, index) => {
			const where = `Custom Fields [${index + 1}]`;
			if (typeof item !== 'object' || item === null) fail(target, `${where}: expected an object with a field and a value`);
			const entry = item as IDataObject;
			const field = entry.field ?? entry.key ?? entry.name ?? entry.title ?? entry.id;
			return toEntry(target, field, entry.value, where);
		});
	}
	if (typeof input === 'object' && input !== null) {
		return Object.entries(input as IDataObject).map(([field, value]) => toEntry(target, field, value, `Custom Fields › ${field}`));
	}
	return fail(target, 'Custom Fields: expected a list of fields and values');
}

/** PATCH / import shape: `{id, value}` for an ID, `{name, value}` for a title. */
export function toPatchCustomFields(entries: CustomFieldEntry[]): IDataObject[] {
	return entries.map(({ field, value }) => (typeof field === 'number' ? { id: field, value } : { name: field, value }));
}

/**
 * Create shape: `{key: title, value}`. A field given by ID needs its title (`titles`, from
 * `fetchCustomFieldTitles`); empty values are left out, since there is nothing to clear yet.
 */
export function toCreateCustomFields(
	entries: CustomFieldEntry[],
	target: ErrorTarget,
	titles?: Map<number, string>,
): IDataObject[] {
	return entries
		.filter((entry) => entry.value !== null)
		.map(({ field, value }) => {
			if (typeof field === 'string') return { key: field, value };
			const title = titles?.get(field);
			if (title === undefined) fail(target, `Custom Fields: there is no custom field with ID ${field}`);
			return { key: title, value };
		});
}

/** Whether translating to the create shape needs the field list (some field was given by ID). */
export function needsTitles(entries: CustomFieldEntry[]): boolean {
	return entries.some((entry) => typeof entry.field === 'number' && entry.value !== null);
}

/** Id → title of every custom field (`GET /v3/custom-fields`, one unpaged array). */
export async function fetchCustomFieldTitles(
	ctx: ReplyContext,
	baseURL?: string,
): Promise<Map<number, string>> {
	const body = responseBody(await replyRequest.call(ctx, { baseURL, method: 'GET', url: '/v3/custom-fields' }));
	return new Map((Array.isArray(body) ? (body as IDataObject[]) : []).map((field) => [Number(field.id), String(field.title)]));
}

/**
 * preSend: turns `body.customFields` from whatever the user gave into the shape the endpoint
 * documents (`create`: v4 `{key, value}`; `patch`: `{id|name, value}`). Runs before `validateBody`.
 */
export function translateCustomFields(shape: 'create' | 'patch') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const body = { ...((requestOptions.body ?? {}) as IDataObject) };
		if (body.customFields === undefined) return requestOptions;
		const target = { node: this.getNode(), itemIndex: this.getItemIndex() };
		const entries = readCustomFieldEntries(body.customFields, target);
		if (shape === 'patch') {
			body.customFields = toPatchCustomFields(entries);
		} else {
			const titles = needsTitles(entries) ? await fetchCustomFieldTitles(this, requestOptions.baseURL) : undefined;
			body.customFields = toCreateCustomFields(entries, target, titles);
		}
		// Nothing left to set (e.g. every value empty on create): send no customFields at all.
		if (!(body.customFields as IDataObject[]).length) delete body.customFields;
		return { ...requestOptions, body };
	};
}

/**
 * The "Custom Fields" editor for contact create and update (routed to `customFields`; translate
 * with `translateCustomFields`). `clearable`: an empty value clears the field (update only).
 */
export function customFieldsParameter(clearable: boolean): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description: 'Values for your custom contact fields',
		options: [
			{
				displayName: 'Custom Field',
				name: 'values',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'field',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getCustomFields' },
						default: '',
						required: true,
						hint: 'In an expression, give the field title (e.g. Lead Source) or its numeric ID',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: clearable
							? 'The value to store, as text (numbers too); leave empty to clear the field'
							: 'The value to store, as text (numbers too)',
					},
				],
			},
		],
		routing: { send: { type: 'body', property: 'customFields' } },
	};
}
