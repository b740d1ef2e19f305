import { WRITABLE_SEQUENCE_STATUSES, type EnrollmentRecord } from '../models';
import { fieldError, notFound } from '../problems';
import { ok, type Handler, type Route } from '../router';
import type { Store } from '../store';
import { readBool, readEnum, readIdArray, readInt, requireBody } from './input';
import type { NotProcessed } from './paging';

/** Non-atomic contact operations answering with a NotProcessed dictionary, plus the owner change. */

const R = 'contact';
const STATUS_LIMIT = { min: 1, max: 100 };

/** Runs `apply` for every existing contact; missing ones are reported as `notFound`. */
function forEachContact(store: Store, ids: number[], apply: (id: number) => void): NotProcessed {
	const result: NotProcessed = {};
	for (const id of ids) {
		if (!store.contacts.has(id)) result[id] = { error: 'notFound', errorDetails: null };
		else apply(id);
	}
	return result;
}

function updateEnrollments(
	store: Store,
	contactId: number,
	change: (e: EnrollmentRecord) => void,
): void {
	for (const e of store.enrollmentsOf(contactId)) change(e);
}

const bulkDelete: Handler = (ctx) => {
	const ids = readIdArray(requireBody(ctx), 'ids');
	return ok(forEachContact(ctx.store, ids, (id) => ctx.store.deleteContact(id)));
};

const setReplied: Handler = (ctx) => {
	const body = requireBody(ctx);
	const ids = readIdArray(body, 'contactIds', STATUS_LIMIT);
	const isReplied = readBool(body, 'isReplied', { required: true }) as boolean;
	return ok(
		forEachContact(ctx.store, ids, (id) =>
			updateEnrollments(ctx.store, id, (e) => {
				e.isReplied = isReplied;
				// Marking as replied stops further steps.
				if (isReplied) e.status = 'finished';
			}),
		),
	);
};

const setBounced: Handler = (ctx) => {
	const body = requireBody(ctx);
	const ids = readIdArray(body, 'contactIds', STATUS_LIMIT);
	const isBounced = readBool(body, 'isBounced', { required: true }) as boolean;
	const resendEmails = readBool(body, 'resendEmails', { nullable: true });
	if (!isBounced && (resendEmails === undefined || resendEmails === null))
		throw fieldError(
			'/resendEmails',
			"'Resend Emails' must not be empty when 'Is Bounced' is false.",
		);
	if (isBounced && resendEmails !== undefined && resendEmails !== null)
		throw fieldError('/resendEmails', "'Resend Emails' must be omitted when 'Is Bounced' is true.");
	return ok(
		forEachContact(ctx.store, ids, (id) =>
			updateEnrollments(ctx.store, id, (e) => {
				e.isBounced = isBounced;
			}),
		),
	);
};

const setStatusInSequence: Handler = (ctx) => {
	const body = requireBody(ctx);
	const ids = readIdArray(body, 'contactIds', STATUS_LIMIT);
	const status = readEnum(body, 'statusInSequence', WRITABLE_SEQUENCE_STATUSES, {
		required: true,
	})!;
	return ok(
		forEachContact(ctx.store, ids, (id) =>
			updateEnrollments(ctx.store, id, (e) => {
				e.status = status;
			}),
		),
	);
};

const changeOwner: Handler = (ctx) => {
	const body = requireBody(ctx);
	const ids = readIdArray(body, 'contactIds');
	const userId = readInt(body, 'userId', { required: true }) as number;
	readBool(body, 'reassignTasks', { nullable: true });
	// Unlike PATCH (400), this endpoint answers a non-member owner with 404.
	if (!ctx.store.isTeamMember(userId))
		throw notFound(R, `User ${userId} is not a member of the team.`);
	const affectedIds = [...new Set(ids)].filter((id) => ctx.store.contacts.has(id));
	for (const id of affectedIds) ctx.store.contacts.get(id)!.ownerUserId = userId;
	return ok({ isSuccess: affectedIds.length === new Set(ids).size, affectedIds });
};

export const contactBulkRoutes: Route[] = [
	{
		method: 'POST',
		path: '/v3/contacts/bulk-delete',
		operationId: 'BulkDeleteContacts',
		resource: R,
		handle: bulkDelete,
	},
	{
		method: 'POST',
		path: '/v3/contacts/set-replied',
		operationId: 'SetContactsReplied',
		resource: R,
		handle: setReplied,
	},
	{
		method: 'POST',
		path: '/v3/contacts/set-bounced',
		operationId: 'SetContactsBounced',
		resource: R,
		handle: setBounced,
	},
	{
		method: 'POST',
		path: '/v3/contacts/set-status-in-sequence',
		operationId: 'SetContactsStatusInSequence',
		resource: R,
		handle: setStatusInSequence,
	},
	{
		method: 'PUT',
		path: '/v3/contacts/owner',
		operationId: 'ChangeContactsOwner',
		resource: R,
		handle: changeOwner,
	},
];
