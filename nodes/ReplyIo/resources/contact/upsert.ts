import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';
import { contactCreateBodyFields, contactCreateBodySchema } from '../../generated/contact/create';
import { oneItemAtATime } from '../../shared/batch';
import { customFieldsParameter, translateCustomFields } from '../../shared/customFields';
import { withCollectionOption } from '../../shared/descriptions';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { replyRequest, responseBody } from '../../shared/transport';
import { validateBody } from '../../shared/validation';

/** The contact with this exact email, else the one with this LinkedIn URL; both are exact-match filters of GET /v3/contacts. */
async function findContact(ctx: IExecutePaginationFunctions, body: IDataObject, baseURL?: string): Promise<IDataObject | undefined> {
	const lookups: IDataObject[] = [];
	if (body.email) lookups.push({ email: body.email });
	if (body.linkedInUrl) lookups.push({ linkedIn: body.linkedInUrl });
	for (const qs of lookups) {
		const found = responseBody(await replyRequest.call(ctx, { baseURL, method: 'GET', url: '/v3/contacts', qs: { ...qs, top: 1 } }));
		const first = (found as { items?: IDataObject[] } | undefined)?.items?.[0];
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
		patch.customFields = (createBody.customFields as IDataObject[]).map(({ key, value }) => ({ name: key, value }));
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
