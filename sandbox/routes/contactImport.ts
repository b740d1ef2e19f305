/* eslint-disable @n8n/community-nodes/require-node-api-error -- the sandbox is a local test server, not part of the package (files: dist) */
import type { ContactRecord } from '../models';
import { ApiProblem, businessProblem, DETAIL, fieldError, invalidInput } from '../problems';
import { ok, type Handler, type Route, type RouteContext } from '../router';
import type { Store } from '../store';
import {
	applyContactPatch,
	findFormatMismatch,
	readContactPatch,
	type ContactPatch,
} from './contactFields';
import { normalizeLinkedIn } from './contacts';
import { asObject, readBool, readIdArray, readInt, requireBody, type Body } from './input';

/** POST /v3/contacts/import: synchronous bulk upsert with per-item results. */

const MAX_ITEMS = 1000;

type ItemStatus = 'created' | 'updated' | 'skipped' | 'failed';

interface ItemResult {
	id: number | null;
	status: ItemStatus;
	error: string | null;
}

interface ImportOptions {
	overwriteExisting: boolean;
	skipExisting: boolean;
	skipWithoutEmails: boolean;
	listIds: number[];
	sequenceId: number | null;
	matchLinkedIn: boolean;
	matchPhone: boolean;
}

function readOptions(store: Store, raw: unknown): ImportOptions {
	const body = raw === undefined || raw === null ? {} : asObject(raw, '/options');
	const keys = (body.keys && typeof body.keys === 'object' ? body.keys : {}) as Body;
	const listIds =
		body.listIds === undefined || body.listIds === null ? [] : readIdArray(body, 'listIds');
	for (const id of listIds)
		if (!store.contactLists.has(id)) throw invalidInput('contact', `Contact list ${id} not found.`);
	const sequenceId = readInt(body, 'sequenceId', { nullable: true }) ?? null;
	if (sequenceId !== null && !store.sequences.has(sequenceId))
		throw businessProblem(404, 'contact.sequenceNotFound', `Sequence ${sequenceId} not found.`);
	return {
		overwriteExisting: readBool(body, 'overwriteExisting') ?? false,
		skipExisting: readBool(body, 'skipExisting') ?? false,
		skipWithoutEmails: readBool(body, 'skipWithoutEmails') ?? false,
		listIds,
		sequenceId,
		matchLinkedIn: keys.linkedInUrl === true,
		matchPhone: keys.phone === true,
	};
}

/** Email is the default dedup key; keys.linkedInUrl / keys.phone add further keys. */
function findExisting(
	store: Store,
	patch: ContactPatch,
	options: ImportOptions,
): ContactRecord | undefined {
	const { email, linkedInUrl, phone } = patch.fields;
	if (email) {
		const byEmail = store.findContactByEmail(email);
		if (byEmail) return byEmail;
	}
	if (!options.matchLinkedIn && !options.matchPhone) return undefined;
	for (const c of store.contacts.values()) {
		if (
			options.matchLinkedIn &&
			linkedInUrl &&
			c.linkedInUrl &&
			normalizeLinkedIn(c.linkedInUrl) === normalizeLinkedIn(linkedInUrl)
		)
			return c;
		if (options.matchPhone && phone && c.phone === phone) return c;
	}
	return undefined;
}

function importItem(store: Store, raw: unknown, index: number, options: ImportOptions): ItemResult {
	const failed = (error: string): ItemResult => ({ id: null, status: 'failed', error });
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return failed('Invalid data');
	let patch: ContactPatch;
	try {
		patch = readContactPatch(store, raw as Body, `/items/${index}`);
	} catch (error) {
		if (error instanceof ApiProblem) return failed('Invalid data');
		throw error;
	}
	if (!patch.fields.firstName) return failed('Invalid data');
	if (patch.fields.timeZoneId && !isTimeZone(patch.fields.timeZoneId))
		return failed(`Unknown time zone '${patch.fields.timeZoneId}'.`);
	if (findFormatMismatch(patch.customFields)) return failed('Wrong field format');
	if (!patch.fields.email && options.skipWithoutEmails)
		return { id: null, status: 'skipped', error: null };

	const existing = findExisting(store, patch, options);
	let contact: ContactRecord;
	let status: ItemStatus;
	if (existing && options.skipExisting) return { id: existing.id, status: 'skipped', error: null };
	if (existing) {
		// Without overwriteExisting only empty fields are filled in.
		applyContactPatch(existing, patch, store.now(), !options.overwriteExisting);
		contact = existing;
		status = 'updated';
	} else {
		contact = store.addContact({});
		applyContactPatch(contact, patch, store.now());
		store.logActivity(contact.id, 'contactAdded', { source: 'import' });
		status = 'created';
	}
	for (const listId of options.listIds) store.contactLists.get(listId)?.contactIds.add(contact.id);
	const sequenceId = options.sequenceId;
	if (
		sequenceId !== null &&
		!store.enrollmentsOf(contact.id).some((e) => e.sequenceId === sequenceId)
	)
		store.enroll(contact.id, sequenceId);
	return { id: contact.id, status, error: null };
}

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** The API answers an oversized import with a business problem, not the schema's maxItems validation error. */
function checkItemLimit(ctx: RouteContext): void {
	const items = (ctx.body as Body | undefined)?.items;
	if (Array.isArray(items) && items.length > MAX_ITEMS)
		throw businessProblem(
			400,
			'contact.limitExceeded',
			`Maximum ${MAX_ITEMS} items per import request.`,
		);
}

const importContacts: Handler = (ctx) => {
	const body = requireBody(ctx);
	const items = body.items;
	if (items === undefined || items === null) throw fieldError('/items', DETAIL.required);
	if (!Array.isArray(items)) throw fieldError('/items', DETAIL.invalidType);
	if (items.length === 0) throw fieldError('/items', 'Must contain at least 1 item.');
	checkItemLimit(ctx);
	const options = readOptions(ctx.store, body.options);
	const results = items.map((item, i) => importItem(ctx.store, item, i, options));
	const count = (status: ItemStatus) => results.filter((r) => r.status === status).length;
	return ok({
		items: results,
		added: count('created'),
		updated: count('updated'),
		skipped: count('skipped'),
		failed: count('failed'),
	});
};

export const contactImportRoutes: Route[] = [
	{
		method: 'POST',
		path: '/v3/contacts/import',
		operationId: 'ImportContacts',
		resource: 'contact',
		precheck: checkItemLimit,
		// A bad item fails on its own ("Invalid data"); the rest of the import goes ahead.
		perItemPointers: /^\/items\/\d+(\/|$)/,
		handle: importContacts,
	},
];
