import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { contactImportBodyFields, contactImportBodySchema } from '../../generated/contact/import';
import type { BatchDefinition } from '../../shared/batch';
import { batchedExecutor, wrapAsRecord } from '../../shared/batch';
import { customFieldsParameter, translateCustomFields } from '../../shared/customFields';
import { withCollectionOption } from '../../shared/descriptions';
import { showFor } from '../../shared/operations';
import { replyRouting } from '../../shared/routing';
import { responseBody } from '../../shared/transport';
import { validateBody } from '../../shared/validation';

/** Most contacts per import request (spec: ContactsImportRequest.items maxItems, from Reply.io's 400 example). */
export const MAX_CONTACTS_PER_IMPORT = 1000;

/**
 * Each input item is one contact. Items with the same Import Options are sent together, up to
 * 1000 per request; Reply.io answers with one result per contact, in order, which goes back to
 * the item it came from: `{ id, status, error, ...the contact's fields }`. A contact Reply.io
 * refuses is a normal item with `status: "failed"` and the reason; a request that fails as a whole
 * makes an error item of each of its contacts.
 */
const importBatch: BatchDefinition = {
	recordsProperty: 'items',
	maxPerRequest: MAX_CONTACTS_PER_IMPORT,
	outcomesOf(response) {
		const body = responseBody(response) as IDataObject | undefined;
		return Array.isArray(body?.items) ? body.items : [];
	},
	output(_ctx, records, outcomes): INodeExecutionData[] {
		return records.map((record, index) => {
			const result = outcomes[index] as IDataObject | undefined;
			return {
				json: {
					id: (result?.id as number | null | undefined) ?? null,
					status: (result?.status as string | undefined) ?? 'failed',
					error: result ? ((result.error as string | null | undefined) ?? null) : 'Reply.io returned no result for this contact',
					...(record as IDataObject),
				},
			};
		});
	},
};

export const contactImport = {
	routing: replyRouting({
		method: 'POST',
		url: '/v3/contacts/import',
		// No I/O before the batch executor (see batch.ts): the patch shape needs no field lookup.
		preSend: [translateCustomFields('patch'), validateBody(contactImportBodySchema), wrapAsRecord('items', ['options'])],
		executor: batchedExecutor('contact.import', importBatch),
	}),
	description: showFor(
		'contact',
		'import',
		withCollectionOption(contactImportBodyFields, 'additionalFields', customFieldsParameter(false)),
	),
};
