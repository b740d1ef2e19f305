/* eslint-disable @n8n/community-nodes/require-node-api-error -- the sandbox is a local test server, not part of the package (files: dist) */
import {
	ApiProblem,
	DETAIL,
	fieldError,
	invalidInput,
	validationProblem,
	type ValidationErrorItem,
} from '../problems';
import { ok, type Handler, type Route } from '../router';
import { asObject, pathId, readIdArray, requireBody } from './input';
import { requireAccount } from './lookup';
import { paginate, type NotProcessed } from './paging';
import { readAccountWrite, type AccountWrite } from './contactAccounts';

/** Account bulk create/delete, the contacts of an account, and linking contacts to it. */

const R = 'contactAccount';
const MAX_BULK_CREATE = 100;
const MAX_BULK_DELETE = 1000;
const MAX_LINKS = 1000;

/** All-or-nothing: every item is validated before anything is created. */
const bulkCreate: Handler = (ctx) => {
	const items = requireBody(ctx).items;
	if (items === undefined || items === null) throw fieldError('/items', DETAIL.required);
	if (!Array.isArray(items)) throw fieldError('/items', DETAIL.invalidType);
	if (items.length === 0) throw invalidInput(R, 'At least one item is required.');
	if (items.length > MAX_BULK_CREATE)
		throw invalidInput(R, `Maximum ${MAX_BULK_CREATE} items per request.`);

	const errors: ValidationErrorItem[] = [];
	const writes: AccountWrite[] = [];
	items.forEach((item, i) => {
		try {
			writes.push(readAccountWrite(asObject(item, `/items/${i}`), `/items/${i}`));
		} catch (error) {
			if (!(error instanceof ApiProblem)) throw error;
			errors.push(
				...(error.body.errors ?? [{ pointer: `/items/${i}`, detail: error.body.detail }]),
			);
		}
	});
	if (errors.length > 0) throw validationProblem(errors);
	return ok(
		writes.map((w) => ({ id: ctx.store.addAccount(w).id, error: null, errorDetails: null })),
	);
};

const bulkDelete: Handler = (ctx) => {
	const body = requireBody(ctx);
	if (Array.isArray(body.ids) && body.ids.length === 0)
		throw invalidInput(R, 'At least one ID is required.');
	const ids = readIdArray(body, 'ids');
	if (ids.length > MAX_BULK_DELETE)
		throw invalidInput(R, `Maximum ${MAX_BULK_DELETE} IDs per request.`);
	const result: NotProcessed = {};
	for (const id of ids)
		if (!ctx.store.deleteAccount(id)) result[id] = { error: 'notFound', errorDetails: null };
	return ok(result);
};

const listAccountContacts: Handler = (ctx) => {
	const account = requireAccount(ctx.store, pathId(ctx));
	const page = paginate(ctx, R, ctx.store.linkedContacts(account.id));
	return ok({
		items: page.items.map((c) => ({
			id: c.id,
			email: c.email,
			firstName: c.firstName,
			lastName: c.lastName,
			title: c.title,
			company: c.company,
		})),
		hasMore: page.hasMore,
	});
};

/** A contact belongs to one account at most, so linking moves it from any other account. */
const linkContacts: Handler = (ctx) => {
	const account = requireAccount(ctx.store, pathId(ctx));
	const ids = readIdArray(requireBody(ctx), 'contactIds', { max: MAX_LINKS });
	const result: NotProcessed = {};
	for (const id of ids) {
		const contact = ctx.store.contacts.get(id);
		if (!contact) result[id] = { error: 'notFound', errorDetails: `Contact ${id} not found.` };
		else contact.accountId = account.id;
	}
	return ok(result);
};

const unlinkContacts: Handler = (ctx) => {
	const account = requireAccount(ctx.store, pathId(ctx));
	const ids = readIdArray(requireBody(ctx), 'contactIds', { max: MAX_LINKS });
	const result: NotProcessed = {};
	for (const id of ids) {
		const contact = ctx.store.contacts.get(id);
		if (!contact || contact.accountId !== account.id)
			result[id] = {
				error: 'notFound',
				errorDetails: `Contact ${id} is not linked to account ${account.id}.`,
			};
		else contact.accountId = null;
	}
	return ok(result);
};

const byId = '/v3/contact-accounts/{id}';

export const contactAccountBulkRoutes: Route[] = [
	{
		method: 'POST',
		path: '/v3/contact-accounts/bulk',
		operationId: 'BulkCreateContactAccounts',
		resource: R,
		handle: bulkCreate,
	},
	{
		method: 'POST',
		path: '/v3/contact-accounts/bulk-delete',
		operationId: 'BulkDeleteContactAccounts',
		resource: R,
		handle: bulkDelete,
	},
	{
		method: 'GET',
		path: `${byId}/contacts`,
		operationId: 'GetContactAccountContacts',
		resource: R,
		list: true,
		handle: listAccountContacts,
	},
	{
		method: 'POST',
		path: `${byId}/contact-links/bulk`,
		operationId: 'BulkAddContactsToContactAccount',
		resource: R,
		handle: linkContacts,
	},
	{
		method: 'POST',
		path: `${byId}/contact-links/bulk-delete`,
		operationId: 'BulkRemoveContactsFromContactAccount',
		resource: R,
		handle: unlinkContacts,
	},
];
