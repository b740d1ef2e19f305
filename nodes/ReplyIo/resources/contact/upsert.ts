import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';
import { contactCreateBodyFields, contactCreateBodySchema } from '../../generated/contact/create';
import { oneItemAtATime } from '../../shared/batch';
import { customFieldsParameter, toPatchCustomFields, translateCustomFields } from '../../shared/customFields';
import { withCollectionOption } from '../../shared/descriptions';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { findContacts } from '../../shared/hooks';
import { replyRequest, responseBody } from '../../shared/transport';
import { validateBody } from '../../shared/validation';

/** The contact with this exact email, else the one with this LinkedIn URL. */
async function findContact(ctx: IExecutePaginationFunctions, body: IDataObject, baseURL?: string): Promise<IDataObject | undefined> {
	const filters: IDataObject[] = [];
	if (body.email) filters.push({ email: body.email });
	if (body.linkedInUrl) filters.push({ linkedIn: body.linkedInUrl });
	for (const filter of filters) {
		const [first] = await findContacts(ctx, filter, baseURL);
		if (first) return first;
	}
	return undefined;
}

/**
 * The create body in PATCH's shape: the fields are the same, but custom fields are identified by
 * `name` on PATCH where create uses `key` (the field's title).
 */
export function toPatchBody(createBody: IDataObject): IDataObject {
	const patch = { ...createBody };
	if (Array.isArray(createBody.customFields)) {
		const entries = (createBody.customFields as IDataObject[]).map(({ key, value }) => ({ field: String(key), value: value as string | null }));
		patch.customFields = toPatchCustomFields(entries);
	}
	return patch;
}

async function createOrUpdate(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const request = requestData.options as IHttpRequestOptions;
	const body = (request.body ?? {}) as IDataObject;
	return await oneItemAtATime(this, 'contact.upsert', async () => {
		const existing = await findContact(this, body, request.baseURL);
		if (existing) {
			const response = await replyRequest.call(this, {
				...request,
				method: 'PATCH',
				url: `/v3/contacts/${String(existing.id)}`,
				body: toPatchBody(body),
			});
			return [{ json: { action: 'updated', ...(responseBody(response) as IDataObject) } }];
		}
		const response = await replyRequest.call(this, request);
		return [{ json: { action: 'created', ...(responseBody(response) as IDataObject) } }];
	});
}

// Not one endpoint: a lookup by email (then LinkedIn URL), then PATCH /v3/contacts/{id} or POST /v4/contacts.
// Items run one after another so two items with the same email cannot both create.
export const contactUpsert = {
	routing: replyRouting({
		method: 'POST',
		url: '/v4/contacts',
		preSend: [translateCustomFields('create'), validateBody(contactCreateBodySchema)],
		executor: createOrUpdate,
	}),
	description: showFor(
		'contact',
		'upsert',
		withCollectionOption(contactCreateBodyFields, 'additionalFields', customFieldsParameter(false)),
	),
};
