import type { EnrollmentRecord } from '../models';
import { businessProblem, fieldError, invalidInput } from '../problems';
import { noContent, ok, type Handler, type Route } from '../router';
import type { Store } from '../store';
import { isoWithOffset } from '../views';
import { pathId, readBool, readInt, readString, requireBody } from './input';
import { requireContact } from './lookup';
import { paginate } from './paging';

/** Per-contact reads (sequences, activities, statuses, lists) and actions (notes, move-to-sequence). */

const R = 'contact';

function currentStep(
	store: Store,
	e: EnrollmentRecord,
): { stepId: number | null; displayName: string | null } | null {
	if (e.status === 'finished') return { stepId: null, displayName: 'Finished' };
	if (e.currentStepId === null) return null;
	const step = store.sequences.get(e.sequenceId)?.steps.find((s) => s.id === e.currentStepId);
	return { stepId: e.currentStepId, displayName: step?.displayName ?? null };
}

/** The full (read-only) in-sequence status: reply and bounce flags win over the writable status. */
function fullStatus(e: EnrollmentRecord): string {
	if (e.isReplied) return 'replied';
	if (e.isBounced) return 'bounced';
	return e.status;
}

const getSequences: Handler = (ctx) => {
	const contact = requireContact(ctx.store, pathId(ctx));
	return ok(
		ctx.store.enrollmentsOf(contact.id).map((e) => ({
			sequenceId: e.sequenceId,
			sequenceName: ctx.store.sequences.get(e.sequenceId)?.name ?? '',
			statusInSequence: e.status,
			currentStep: currentStep(ctx.store, e),
			addingDate: isoWithOffset(e.addingDate),
			emailAccountId: e.emailAccountId,
			linkedInAccountId: e.linkedInAccountId,
		})),
	);
};

const getActivities: Handler = (ctx) => {
	const contact = requireContact(ctx.store, pathId(ctx));
	const newestFirst = ctx.store.activities.filter((a) => a.contactId === contact.id).reverse();
	const page = paginate(ctx, R, newestFirst);
	return ok({
		items: page.items.map((a) => ({
			id: a.id,
			date: isoWithOffset(a.date),
			activityType: a.activityType,
			sourceType: a.sourceType,
			userName: ctx.store.users.get(a.userId)?.name ?? null,
			userId: a.userId,
			content: a.content,
		})),
		hasMore: page.hasMore,
	});
};

const getStatuses: Handler = (ctx) => {
	const contact = requireContact(ctx.store, pathId(ctx));
	return ok({
		contactId: contact.id,
		isOptedOut: contact.isOptedOut,
		callStatus: contact.callStatus,
		meetingStatus: contact.meetingStatus,
		sequences: ctx.store.enrollmentsOf(contact.id).map((e) => ({
			sequenceId: e.sequenceId,
			sequenceName: ctx.store.sequences.get(e.sequenceId)?.name ?? '',
			statusInSequence: fullStatus(e),
			emailDisposition: { isReplied: e.isReplied, isBounced: e.isBounced },
		})),
	});
};

const getLists: Handler = (ctx) => {
	const contact = requireContact(ctx.store, pathId(ctx));
	const lists = [...ctx.store.contactLists.values()].filter((l) => l.contactIds.has(contact.id));
	return ok(lists.map((l) => ({ id: l.id, name: l.name })));
};

const addNote: Handler = (ctx) => {
	const contact = requireContact(ctx.store, pathId(ctx));
	const notes = readString(requireBody(ctx), 'notes', { required: true }) as string;
	if (notes.trim() === '') throw fieldError('/notes', 'Field is required.');
	ctx.store.logActivity(contact.id, 'note', { text: notes });
	return noContent();
};

const moveToSequence: Handler = (ctx) => {
	const { store } = ctx;
	const contact = requireContact(store, pathId(ctx));
	const body = requireBody(ctx);
	const sequenceId = readInt(body, 'sequenceId', { required: true, min: 1 }) as number;
	const removeFromExisting = readBool(body, 'removeFromExisting', { nullable: true }) ?? false;
	const startStepId = readInt(body, 'startStepId', { nullable: true }) ?? null;
	readBool(body, 'ignoreStepDelay', { nullable: true });
	const startFrom = readString(body, 'startFrom', { nullable: true });
	if (startFrom && Number.isNaN(Date.parse(startFrom)))
		throw fieldError('/startFrom', 'Value has an invalid format.');

	const sequence = store.sequences.get(sequenceId);
	if (!sequence)
		throw businessProblem(404, 'contact.sequenceNotFound', `Sequence ${sequenceId} not found.`);
	if (startStepId !== null && !sequence.steps.some((s) => s.id === startStepId))
		throw invalidInput(R, `Step ${startStepId} does not belong to sequence ${sequenceId}.`);
	const alreadyIn = store.enrollmentsOf(contact.id).some((e) => e.sequenceId === sequenceId);
	if (contact.isOptedOut || alreadyIn)
		throw invalidInput(R, 'Contact could not be added to the sequence.');

	if (removeFromExisting)
		store.enrollments = store.enrollments.filter((e) => e.contactId !== contact.id);
	store.enroll(contact.id, sequenceId, {
		currentStepId: startStepId ?? sequence.steps[0]?.id ?? null,
	});
	store.logActivity(contact.id, 'addedToSequence', { sequenceId, sequenceName: sequence.name });
	return noContent();
};

const byId = '/v3/contacts/{id}';

export const contactSubresourceRoutes: Route[] = [
	{
		method: 'GET',
		path: `${byId}/sequences`,
		operationId: 'GetContactSequences',
		resource: R,
		handle: getSequences,
	},
	{
		method: 'GET',
		path: `${byId}/activities`,
		operationId: 'GetContactActivities',
		resource: R,
		list: true,
		handle: getActivities,
	},
	{
		method: 'GET',
		path: `${byId}/statuses`,
		operationId: 'GetContactStatuses',
		resource: R,
		handle: getStatuses,
	},
	{
		method: 'GET',
		path: `${byId}/lists`,
		operationId: 'GetContactListsForContact',
		resource: R,
		handle: getLists,
	},
	{
		method: 'POST',
		path: `${byId}/notes`,
		operationId: 'AddContactNote',
		resource: R,
		handle: addNote,
	},
	{
		method: 'POST',
		path: `${byId}/move-to-sequence`,
		operationId: 'MoveContactToSequence',
		resource: R,
		handle: moveToSequence,
	},
];
