/** Dropdowns inside collections (`methods.loadOptions`), where resource locators do not fit. */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { replyRequest, responseBody } from '../shared/transport';

/**
 * Custom fields by title. The value is the title because that is what both contact shapes can
 * carry without a lookup: `key` on create, `name` on update (see shared/customFields.ts).
 */
export async function getCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const body = responseBody(await replyRequest.call(this, { method: 'GET', url: '/v3/custom-fields' }));
	return (Array.isArray(body) ? (body as IDataObject[]) : [])
		.map((field) => ({
			name: String(field.title),
			value: String(field.title),
			description: `${field.fieldType === 'number' ? 'Number' : 'Text'} field, ID ${String(field.id)}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
