import type { AccountListRecord } from '../models';
import { businessProblem, conflict, notFound } from '../problems';
import { created, noContent, ok, type Handler, type Route, type RouteContext } from '../router';
import { accountListView } from '../views';
import { pathId, readIdArray, readString, requireBody } from './input';
import { paginate, type NotProcessed } from './paging';

/** Account lists: team-wide named groups of accounts (/v3/contact-account-lists). */

const R = 'contactAccountList';

function requireList(ctx: RouteContext): AccountListRecord {
	const id = pathId(ctx);
	const list = ctx.store.accountLists.get(id);
	if (!list) throw notFound(R, `Account list ${id} not found.`);
	return list;
}

/** Name rules: 3..128 characters, unique per team (case-insensitive). */
function readName(ctx: RouteContext, exceptId?: number): string {
	const name = (readString(requireBody(ctx), 'name', { required: true }) as string).trim();
	if (name.length < 3)
		throw businessProblem(400, `${R}.nameTooShort`, 'Name must be at least 3 characters.');
	if (name.length > 128)
		throw businessProblem(400, `${R}.nameTooLong`, 'Name must be at most 128 characters.');
	const taken = [...ctx.store.accountLists.values()].some(
		(l) => l.id !== exceptId && l.name.toLowerCase() === name.toLowerCase(),
	);
	if (taken)
		throw conflict(`${R}.duplicateName`, `An account list named '${name}' already exists.`);
	return name;
}

const listLists: Handler = (ctx) => {
	const search = ctx.query.search?.toLowerCase();
	const me = ctx.store.currentUserId;
	const lists = [...ctx.store.accountLists.values()]
		.filter((l) => !search || l.name.toLowerCase().includes(search))
		// The caller's own lists come first.
		.sort((a, b) => Number(b.ownerUserId === me) - Number(a.ownerUserId === me));
	const page = paginate(ctx, R, lists, 100);
	return ok({ items: page.items.map(accountListView), hasMore: page.hasMore });
};

const createList: Handler = (ctx) =>
	created(accountListView(ctx.store.addAccountList({ name: readName(ctx) })));

const getList: Handler = (ctx) => ok(accountListView(requireList(ctx)));

const renameList: Handler = (ctx) => {
	const list = requireList(ctx);
	list.name = readName(ctx, list.id);
	return ok(accountListView(list));
};

const deleteList: Handler = (ctx) => {
	ctx.store.accountLists.delete(requireList(ctx).id);
	return noContent();
};

/** add-accounts keeps other memberships; move-accounts also takes the accounts out of every other list. */
function membershipHandler(move: boolean): Handler {
	return (ctx) => {
		const list = requireList(ctx);
		const ids = readIdArray(requireBody(ctx), 'accountIds', { min: 1, max: 1000 });
		const result: NotProcessed = {};
		for (const id of ids) {
			if (!ctx.store.accounts.has(id)) {
				result[id] = { error: 'accountNotProcessed', errorDetails: `Account ${id} not found.` };
				continue;
			}
			if (move) for (const other of ctx.store.accountLists.values()) other.accountIds.delete(id);
			list.accountIds.add(id);
		}
		return ok(result);
	};
}

const base = '/v3/contact-account-lists';

export const accountListRoutes: Route[] = [
	{
		method: 'GET',
		path: base,
		operationId: 'GetContactAccountLists',
		resource: R,
		list: true,
		handle: listLists,
	},
	{
		method: 'POST',
		path: base,
		operationId: 'CreateContactAccountList',
		resource: R,
		handle: createList,
	},
	{
		method: 'GET',
		path: `${base}/{id}`,
		operationId: 'GetContactAccountListById',
		resource: R,
		handle: getList,
	},
	{
		method: 'PUT',
		path: `${base}/{id}`,
		operationId: 'UpdateContactAccountList',
		resource: R,
		handle: renameList,
	},
	{
		method: 'DELETE',
		path: `${base}/{id}`,
		operationId: 'DeleteContactAccountList',
		resource: R,
		handle: deleteList,
	},
	{
		method: 'POST',
		path: `${base}/{id}/move-accounts`,
		operationId: 'MoveAccountsToContactAccountList',
		resource: R,
		handle: membershipHandler(true),
	},
	{
		method: 'POST',
		path: `${base}/{id}/add-accounts`,
		operationId: 'AddAccountsToContactAccountList',
		resource: R,
		handle: membershipHandler(false),
	},
];
