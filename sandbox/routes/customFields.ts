import type { CustomFieldRecord } from '../models';
import { conflict, invalidInput, notFound } from '../problems';
import { created, noContent, ok, type Handler, type Route, type RouteContext } from '../router';
import type { Store } from '../store';
import { customFieldView } from '../views';
import { pathId, readBool, readEnum, readString, requireBody, type Body } from './input';

/** Custom fields (/v3/custom-fields). Contacts hold values keyed by the field title. */

const R = 'customField';
const MAX_TITLE = 90;
/** Per-team cap; the API does not state the number. */
export const MAX_CUSTOM_FIELDS = 50;
const FIELD_TYPES = ['text', 'number'] as const;

function requireField(ctx: RouteContext): CustomFieldRecord {
	const id = pathId(ctx);
	const field = ctx.store.customFields.get(id);
	if (!field) throw notFound(R, `Custom field ${id} not found.`);
	return field;
}

function readDefinition(store: Store, body: Body, exceptId?: number) {
	const title = (readString(body, 'title', { required: true }) as string).trim();
	if (title === '') throw invalidInput(R, 'Title cannot be empty.');
	if (title.length > MAX_TITLE)
		throw invalidInput(R, `Title must be at most ${MAX_TITLE} characters.`);
	const fieldType = readEnum(body, 'fieldType', FIELD_TYPES, { required: true })!;
	const metadata = readString(body, 'metadata', { nullable: true }) ?? null;
	const taken = [...store.customFields.values()].some(
		(f) => f.id !== exceptId && f.title.toLowerCase() === title.toLowerCase(),
	);
	if (taken)
		throw conflict(`${R}.duplicateName`, `A custom field titled '${title}' already exists.`);
	return { title, fieldType, metadata };
}

function contactsWithValue(store: Store, title: string) {
	return [...store.contacts.values()].filter((c) =>
		c.customFields.some((cf) => cf.key === title && cf.value !== null),
	);
}

const listFields: Handler = (ctx) => ok([...ctx.store.customFields.values()].map(customFieldView));

const createField: Handler = (ctx) => {
	const body = requireBody(ctx);
	const definition = readDefinition(ctx.store, body);
	if (ctx.store.customFields.size >= MAX_CUSTOM_FIELDS)
		throw conflict(
			`${R}.limitExceeded`,
			`A team can have at most ${MAX_CUSTOM_FIELDS} custom fields.`,
		);
	const orgWide = readBool(body, 'orgWide', { nullable: true }) ?? false;
	return created(customFieldView(ctx.store.addCustomField({ ...definition, orgWide })));
};

const getField: Handler = (ctx) => ok(customFieldView(requireField(ctx)));

/** Full definition replace (metadata included); there is no orgWide on update. A rename carries the stored values along. */
const updateField: Handler = (ctx) => {
	const field = requireField(ctx);
	const definition = readDefinition(ctx.store, requireBody(ctx), field.id);
	if (definition.title !== field.title)
		for (const c of ctx.store.contacts.values())
			for (const cf of c.customFields) if (cf.key === field.title) cf.key = definition.title;
	Object.assign(field, definition);
	return ok(customFieldView(field));
};

const deleteField: Handler = (ctx) => {
	const field = requireField(ctx);
	if (contactsWithValue(ctx.store, field.title).length > 0)
		throw conflict(`${R}.hasValues`, 'Custom field has values and cannot be deleted');
	ctx.store.customFields.delete(field.id);
	return noContent();
};

const base = '/v3/custom-fields';

export const customFieldRoutes: Route[] = [
	{
		method: 'GET',
		path: base,
		operationId: 'GetCustomFields',
		resource: R,
		list: true,
		handle: listFields,
	},
	{
		method: 'POST',
		path: base,
		operationId: 'CreateCustomField',
		resource: R,
		handle: createField,
	},
	{
		method: 'GET',
		path: `${base}/{id}`,
		operationId: 'GetCustomFieldById',
		resource: R,
		handle: getField,
	},
	{
		method: 'PUT',
		path: `${base}/{id}`,
		operationId: 'UpdateCustomField',
		resource: R,
		handle: updateField,
	},
	{
		method: 'DELETE',
		path: `${base}/{id}`,
		operationId: 'DeleteCustomField',
		resource: R,
		handle: deleteField,
	},
];
