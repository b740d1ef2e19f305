import type { ContactListRecord } from '../models';
import { businessProblem, conflict, notFound } from '../problems';
import { created, noContent, ok, type Handler, type Route, type RouteContext } from '../router';
import type { Store } from '../store';
import { contactListView } from '../views';
import { optionalBody, pathId, readBool, readIdArray, readString, requireBody } from './input';
import { paginate, type NotProcessed } from './paging';

/** Contact lists (/v3/contact-lists). Note the error-code prefix `contactsList`, with an "s". */

const R = 'contactsList';

function requireList(ctx: RouteContext): ContactListRecord {
	const id = pathId(ctx);
	const list = ctx.store.contactLists.get(id);
	if (!list) throw notFound(R, `Contact list ${id} not found.`);
	return list;
}

function nameTaken(store: Store, name: string, exceptId?: number, sharedOnly = false): boolean {
	return [...store.contactLists.values()].some(
		(l) =>
			l.id !== exceptId &&
			(!sharedOnly || l.isShared) &&
			l.name.toLowerCase() === name.toLowerCase(),
	);
}

function readName(ctx: RouteContext, exceptId?: number): string {
	const name = (readString(requireBody(ctx), 'name', { required: true }) as string).trim();
	if (name === '') throw businessProblem(400, `${R}.nameIsEmpty`, 'Name cannot be empty.');
	if (name.length < 2)
		throw businessProblem(400, `${R}.nameTooShort`, 'Name must be at least 2 characters');
	if (nameTaken(ctx.store, name, exceptId))
		throw conflict(`${R}.duplicateName`, `A contact list named '${name}' already exists.`);
	return name;
}

const listLists: Handler = (ctx) => {
	const search = ctx.query.search?.toLowerCase();
	const me = ctx.store.currentUserId;
	// The caller's own lists plus lists others shared with the team.
	const lists = [...ctx.store.contactLists.values()].filter(
		(l) =>
			(l.ownerUserId === me || l.isShared) && (!search || l.name.toLowerCase().includes(search)),
	);
	const page = paginate(ctx, R, lists);
	return ok({ items: page.items.map(contactListView), hasMore: page.hasMore });
};

const createList: Handler = (ctx) => {
	const name = readName(ctx);
	const isShared = readBool(requireBody(ctx), 'isShared', { nullable: true }) ?? false;
	return created(contactListView(ctx.store.addContactList({ name, isShared })));
};

const getList: Handler = (ctx) => ok(contactListView(requireList(ctx)));

const renameList: Handler = (ctx) => {
	const list = requireList(ctx);
	list.name = readName(ctx, list.id);
	return ok(contactListView(list));
};

const deleteList: Handler = (ctx) => {
	const list = requireList(ctx);
	if (list.isShared && list.ownerUserId !== ctx.store.currentUserId)
		throw businessProblem(403, `${R}.forbidden`, 'Only the creator can delete a shared list.');
	ctx.store.contactLists.delete(list.id);
	return noContent();
};

function sharingHandler(isShared: boolean): Handler {
	return (ctx) => {
		const list = requireList(ctx);
		optionalBody(ctx);
		if (isShared && !list.isShared && nameTaken(ctx.store, list.name, list.id, true))
			throw conflict(`${R}.duplicateName`, `A shared list named '${list.name}' already exists.`);
		list.isShared = isShared;
		return noContent();
	};
}

/** add-contacts keeps other memberships; move-contacts also takes the contacts out of every other list. */
function membershipHandler(move: boolean): Handler {
	return (ctx) => {
		const list = requireList(ctx);
		const ids = readIdArray(requireBody(ctx), 'contactIds');
		const result: NotProcessed = {};
		for (const id of ids) {
			if (!ctx.store.contacts.has(id)) {
				result[id] = { error: 'contactNotProcessed', errorDetails: `Contact ${id} not found.` };
				continue;
			}
			if (move) for (const other of ctx.store.contactLists.values()) other.contactIds.delete(id);
			list.contactIds.add(id);
		}
		return ok(result);
	};
}

const base = '/v3/contact-lists';

export const contactListRoutes: Route[] = [
	{
		method: 'GET',
		path: base,
		operationId: 'GetContactLists',
		resource: R,
		list: true,
		handle: listLists,
	},
	{ method: 'POST', path: base, operationId: 'CreateContactList', resource: R, handle: createList },
	{
		method: 'GET',
		path: `${base}/{id}`,
		operationId: 'GetContactListById',
		resource: R,
		handle: getList,
	},
	{
		method: 'PUT',
		path: `${base}/{id}`,
		operationId: 'UpdateContactList',
		resource: R,
		handle: renameList,
	},
	{
		method: 'DELETE',
		path: `${base}/{id}`,
		operationId: 'DeleteContactList',
		resource: R,
		handle: deleteList,
	},
	{
		method: 'POST',
		path: `${base}/{id}/share`,
		operationId: 'ShareContactList',
		resource: R,
		handle: sharingHandler(true),
	},
	{
		method: 'POST',
		path: `${base}/{id}/unshare`,
		operationId: 'UnshareContactList',
		resource: R,
		handle: sharingHandler(false),
	},
	{
		method: 'POST',
		path: `${base}/{id}/move-contacts`,
		operationId: 'MoveContactsToContactList',
		resource: R,
		handle: membershipHandler(true),
	},
	{
		method: 'POST',
		path: `${base}/{id}/add-contacts`,
		operationId: 'AddContactsToContactList',
		resource: R,
		handle: membershipHandler(false),
	},
];
