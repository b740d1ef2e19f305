import { ACCOUNT_COMPANY_SIZES, ACCOUNT_TEXT_FIELDS, type AccountRecord } from '../models';
import { DETAIL, fieldError, invalidInput } from '../problems';
import { created, noContent, ok, type Handler, type Route } from '../router';
import type { Store } from '../store';
import { accountDetailsView, accountView } from '../views';
import { pathId, readEnum, readInt, readString, requireBody, type Body } from './input';
import { requireAccount } from './lookup';
import { paginate, resolveField, sortBy, type SortDirection } from './paging';

const R = 'contactAccount';

export type AccountWrite = Pick<
	AccountRecord,
	'name' | 'companySize' | (typeof ACCOUNT_TEXT_FIELDS)[number]
>;

/**
 * Reads a create/update body into a complete record: every optional field left out becomes null.
 * That is what makes PUT a full replace.
 */
export function readAccountWrite(body: Body, base = ''): AccountWrite {
	const name = readString(body, 'name', { required: true }, base) as string;
	if (name.trim() === '') throw fieldError(`${base}/name`, DETAIL.required);
	const companySize =
		readEnum(body, 'companySize', ACCOUNT_COMPANY_SIZES, { nullable: true }, base) ?? null;
	const text = Object.fromEntries(
		ACCOUNT_TEXT_FIELDS.map((f) => [f, readString(body, f, { nullable: true }, base) ?? null]),
	);
	return {
		name,
		companySize,
		...(text as Record<(typeof ACCOUNT_TEXT_FIELDS)[number], string | null>),
	};
}

export function requireTeamMember(store: Store, userId: number): void {
	if (!store.isTeamMember(userId))
		throw invalidInput(R, `User ${userId} is not a member of the team.`);
}

export const ACCOUNT_SORT_FIELDS = [
	'id',
	'name',
	'ownerUserId',
	'linkedProspectsCount',
	'createdDate',
	'lastActivityDate',
	'companySize',
	...ACCOUNT_TEXT_FIELDS,
] as const;

/** Sorts by a list-item field, resolved case-insensitively; unknown fields are a validation error at `pointer`. */
export function sortAccounts(
	store: Store,
	accounts: AccountRecord[],
	field: string | null | undefined,
	direction: SortDirection,
	pointer: string,
): AccountRecord[] {
	if (!field) return direction === 'desc' ? [...accounts].reverse() : accounts;
	const key = resolveField(field, ACCOUNT_SORT_FIELDS);
	if (!key) throw fieldError(pointer, `Unknown sort field '${field}'.`);
	const value = (a: AccountRecord) =>
		key === 'linkedProspectsCount'
			? store.linkedContacts(a.id).length
			: (a as unknown as Record<string, unknown>)[key];
	return sortBy(accounts, value, direction);
}

export function readDirection(raw: string | null | undefined, pointer: string): SortDirection {
	if (raw === undefined || raw === null || raw === '') return 'asc';
	const direction = raw.toLowerCase();
	if (direction !== 'asc' && direction !== 'desc')
		throw fieldError(pointer, 'Value must be one of: asc, desc.');
	return direction;
}

export function matchesAccountSearch(a: AccountRecord, term: string): boolean {
	const t = term.toLowerCase();
	return [a.name, a.domainName, a.domainSecondary].some((v) => v?.toLowerCase().includes(t));
}

const listAccounts: Handler = (ctx) => {
	const { search, sort_by: sortField, sort_direction: sortDirection } = ctx.query;
	let accounts = [...ctx.store.accounts.values()];
	if (search)
		accounts = accounts.filter((a) => a.name.toLowerCase().includes(search.toLowerCase()));
	accounts = sortAccounts(
		ctx.store,
		accounts,
		sortField,
		readDirection(sortDirection, 'sort_direction'),
		'sort_by',
	);
	const page = paginate(ctx, R, accounts);
	return ok({ items: page.items.map((a) => accountView(ctx.store, a)), hasMore: page.hasMore });
};

const createAccount: Handler = (ctx) => {
	// The create model has no ownerUserId: new accounts belong to the API key's user.
	const account = ctx.store.addAccount(readAccountWrite(requireBody(ctx)));
	return created(accountDetailsView(ctx.store, account));
};

const getAccount: Handler = (ctx) =>
	ok(accountDetailsView(ctx.store, requireAccount(ctx.store, pathId(ctx))));

const replaceAccount: Handler = (ctx) => {
	const account = requireAccount(ctx.store, pathId(ctx));
	const body = requireBody(ctx);
	const write = readAccountWrite(body);
	// ownerUserId is optional in the schema; when it is left out the owner stays as it is.
	const ownerUserId = readInt(body, 'ownerUserId', { nullable: true });
	if (typeof ownerUserId === 'number') requireTeamMember(ctx.store, ownerUserId);
	// Full replace: fields missing from the body were read as null and overwrite the stored values.
	Object.assign(account, write);
	if (typeof ownerUserId === 'number') account.ownerUserId = ownerUserId;
	return ok(accountDetailsView(ctx.store, account));
};

const deleteAccount: Handler = (ctx) => {
	const id = pathId(ctx);
	requireAccount(ctx.store, id);
	ctx.store.deleteAccount(id);
	return noContent();
};

const changeOwner: Handler = (ctx) => {
	const account = requireAccount(ctx.store, pathId(ctx));
	const userId = readInt(requireBody(ctx), 'userId', { required: true }) as number;
	requireTeamMember(ctx.store, userId);
	account.ownerUserId = userId;
	return ok(accountDetailsView(ctx.store, account));
};

const byId = '/v3/contact-accounts/{id}';

export const contactAccountRoutes: Route[] = [
	{
		method: 'GET',
		path: '/v3/contact-accounts',
		operationId: 'GetContactAccounts',
		resource: R,
		list: true,
		handle: listAccounts,
	},
	{
		method: 'POST',
		path: '/v3/contact-accounts',
		operationId: 'CreateContactAccount',
		resource: R,
		handle: createAccount,
	},
	{
		method: 'GET',
		path: byId,
		operationId: 'GetContactAccountById',
		resource: R,
		handle: getAccount,
	},
	{
		method: 'PUT',
		path: byId,
		operationId: 'UpdateContactAccount',
		resource: R,
		handle: replaceAccount,
	},
	{
		method: 'DELETE',
		path: byId,
		operationId: 'DeleteContactAccount',
		resource: R,
		handle: deleteAccount,
	},
	{
		method: 'PUT',
		path: `${byId}/owner`,
		operationId: 'UpdateContactAccountOwner',
		resource: R,
		handle: changeOwner,
	},
];
