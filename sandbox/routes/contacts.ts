import type { ContactRecord } from '../models';
import { invalidInput } from '../problems';
import { created, noContent, ok, type Handler, type Route, type RouteContext } from '../router';
import { contactV4View, contactView } from '../views';
import {
	applyContactPatch,
	findFormatMismatch,
	readContactChanges,
	readContactPatch,
	readKeyedCustomFields,
} from './contactFields';
import { pathId, requireBody } from './input';
import { checkAccountLink, requireContact } from './lookup';
import { paginate } from './paging';

const R = 'contact';

const NEED_EMAIL_OR_LINKEDIN = 'A contact must have at least an email or a LinkedIn URL.';

/** LinkedIn URLs are compared without scheme, "www." and trailing slash. */
export function normalizeLinkedIn(url: string): string {
	return url
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\/+$/, '');
}

const listContacts: Handler = (ctx) => {
	let all = [...ctx.store.contacts.values()];
	const { email, linkedIn } = ctx.query;
	if (email) all = all.filter((c) => c.email?.toLowerCase() === email.trim().toLowerCase());
	if (linkedIn)
		all = all.filter(
			(c) => c.linkedInUrl && normalizeLinkedIn(c.linkedInUrl) === normalizeLinkedIn(linkedIn),
		);
	const page = paginate(ctx, R, all);
	return ok({ items: page.items.map(contactView), hasMore: page.hasMore });
};

function createContact(ctx: RouteContext): ContactRecord {
	const body = requireBody(ctx);
	const changes = readContactChanges(body);
	// The create model has no "clear" meaning for null: treat it as absent.
	for (const key of Object.keys(changes) as (keyof ContactRecord)[])
		if (changes[key] === null) delete changes[key];
	if (!changes.email && !changes.linkedInUrl) throw invalidInput(R, NEED_EMAIL_OR_LINKEDIN);
	if (changes.email && ctx.store.findContactByEmail(changes.email))
		throw invalidInput(R, 'Contact already exists.');
	checkAccountLink(ctx.store, changes.accountId);
	const contact = ctx.store.addContact({ ...changes, customFields: readKeyedCustomFields(body) });
	ctx.store.logActivity(contact.id, 'contactAdded');
	return contact;
}

const createContactV4: Handler = (ctx) => created(contactV4View(ctx.store, createContact(ctx)));
const createContactV3: Handler = (ctx) => created(contactView(createContact(ctx)));

const getContact: Handler = (ctx) => ok(contactView(requireContact(ctx.store, pathId(ctx))));

const updateContact: Handler = (ctx) => {
	const contact = requireContact(ctx.store, pathId(ctx));
	const patch = readContactPatch(ctx.store, requireBody(ctx));
	if (patch.fields.email && ctx.store.findContactByEmail(patch.fields.email, contact.id))
		throw invalidInput(R, 'A contact with this email already exists.');
	const mismatch = findFormatMismatch(patch.customFields);
	if (mismatch) throw invalidInput(R, `Custom field '${mismatch.key}' expects a number.`);
	applyContactPatch(contact, patch, ctx.store.now());
	return ok(contactView(contact));
};

const deleteContact: Handler = (ctx) => {
	const id = pathId(ctx);
	requireContact(ctx.store, id);
	ctx.store.deleteContact(id);
	return noContent();
};

export const contactRoutes: Route[] = [
	{
		method: 'GET',
		path: '/v3/contacts',
		operationId: 'GetContacts',
		resource: R,
		list: true,
		handle: listContacts,
	},
	{
		method: 'POST',
		path: '/v4/contacts',
		operationId: 'CreateContactV4',
		resource: R,
		anyOfProblem: { code: 'contact.invalidInput', detail: NEED_EMAIL_OR_LINKEDIN },
		handle: createContactV4,
	},
	{
		method: 'POST',
		path: '/v3/contacts',
		operationId: 'CreateContact',
		resource: R,
		anyOfProblem: { code: 'contact.invalidInput', detail: NEED_EMAIL_OR_LINKEDIN },
		handle: createContactV3,
	},
	{
		method: 'GET',
		path: '/v3/contacts/{id}',
		operationId: 'GetContactById',
		resource: R,
		handle: getContact,
	},
	{
		method: 'PATCH',
		path: '/v3/contacts/{id}',
		operationId: 'UpdateContact',
		resource: R,
		handle: updateContact,
	},
	{
		method: 'DELETE',
		path: '/v3/contacts/{id}',
		operationId: 'DeleteContact',
		resource: R,
		handle: deleteContact,
	},
];
