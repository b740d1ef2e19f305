import type { AccountRecord } from '../models';
import { businessProblem, fieldError, invalidInput } from '../problems';
import { ok, type Handler, type Route } from '../router';
import type { Store } from '../store';
import { accountView } from '../views';
import { asObject, optionalBody, readInt, readString } from './input';
import { matchesAccountSearch, readDirection, sortAccounts } from './contactAccounts';
import { paginate } from './paging';

/** POST /v3/contact-accounts/filter with the documented property and condition enums. */

const MAX_FILTERS = 20;

type Accessor = (a: AccountRecord, store: Store) => unknown;

const text =
	(field: keyof AccountRecord): Accessor =>
	(a) =>
		a[field];

const PROPERTIES: Record<string, Accessor> = {
	OwnerId: (a) => a.ownerUserId,
	Name: text('name'),
	Description: text('description'),
	DomainName: text('domainName'),
	DomainSecondary: text('domainSecondary'),
	Industry: text('industry'),
	Country: text('country'),
	State: text('state'),
	City: text('city'),
	LinkedInUrl: text('linkedInUrl'),
	TwitterUrl: text('twitterUrl'),
	CreatedDate: (a) => a.createdDate,
	LastActivityDate: (a) => a.lastActivityDate,
	LastActivityDateFrom: (a) => a.lastActivityDate,
	LastActivityDateTo: (a) => a.lastActivityDate,
	CompanySize: text('companySize'),
	TimeZoneId: text('timeZoneId'),
	NumericPhoneNumber: (a) => a.phone?.replace(/\D/g, '') || null,
	Stage: (a) => a.stage?.id ?? null,
	NumberOfContacts: (a, store) => store.linkedContacts(a.id).length,
	// Sequences any linked contact is enrolled in.
	Sequence: (a, store) => [
		...new Set(
			store.linkedContacts(a.id).flatMap((c) => store.enrollmentsOf(c.id).map((e) => e.sequenceId)),
		),
	],
};

/** Numbers, dates and date strings compare as numbers; everything else case-insensitively as text. */
function comparable(v: unknown): number | string | null {
	if (v === null || v === undefined) return null;
	if (v instanceof Date) return v.getTime();
	if (typeof v === 'number') return v;
	const s = String(v);
	if (/^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s))) return Date.parse(s);
	if (s.trim() !== '' && !Number.isNaN(Number(s))) return Number(s);
	return s.toLowerCase();
}

const same = (a: unknown, b: unknown) => comparable(a) === comparable(b);
const list = (actual: unknown) => (Array.isArray(actual) ? actual : [actual]);
const anyEqual = (actual: unknown, values: unknown[]) =>
	list(actual).some((a) => values.some((v) => same(a, v)));
const order = (actual: unknown, value: unknown): number | null => {
	const x = comparable(actual);
	const y = comparable(value);
	if (x === null || y === null || typeof x !== typeof y) return null;
	return x < y ? -1 : x > y ? 1 : 0;
};
const contains = (actual: unknown, values: unknown[]) =>
	Array.isArray(actual)
		? anyEqual(actual, values)
		: values.some((v) =>
				String(actual ?? '')
					.toLowerCase()
					.includes(String(v).toLowerCase()),
			);

type Condition = (actual: unknown, values: unknown[]) => boolean;

const CONDITIONS: Record<string, Condition> = {
	Equals: anyEqual,
	NotEquals: (a, v) => !anyEqual(a, v),
	In: anyEqual,
	NotIn: (a, v) => !anyEqual(a, v),
	CollectionContains: contains,
	CollectionNotContains: (a, v) => !contains(a, v),
	GreaterThan: (a, v) => (order(a, v[0]) ?? 0) > 0,
	LowerThan: (a, v) => (order(a, v[0]) ?? 0) < 0,
	GreaterEqualThan: (a, v) => (order(a, v[0]) ?? -1) >= 0,
	LowerEqualThan: (a, v) => (order(a, v[0]) ?? 1) <= 0,
	IsNull: (a) => a === null || a === undefined || (Array.isArray(a) && a.length === 0),
	IsNotNull: (a) => !(a === null || a === undefined || (Array.isArray(a) && a.length === 0)),
};

/** The From/To date bounds ignore the condition: they are ranges by definition. */
const RANGE_CONDITIONS: Record<string, Condition> = {
	LastActivityDateFrom: CONDITIONS.GreaterEqualThan,
	LastActivityDateTo: CONDITIONS.LowerEqualThan,
};

type Predicate = (a: AccountRecord, store: Store) => boolean;

function readFilters(raw: unknown): Predicate[] {
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw)) throw fieldError('/filters', 'Value has an invalid type.');
	if (raw.length > MAX_FILTERS)
		throw invalidInput('contactAccount', `Up to ${MAX_FILTERS} filter conditions are allowed.`);
	return raw.map((item, i) => {
		const at = `/filters/${i}`;
		const filter = asObject(item, at);
		const property = readString(filter, 'property', { required: true }, at) as string;
		const conditionName = readString(filter, 'condition', { required: true }, at) as string;
		if (filter.values === undefined) throw fieldError(`${at}/values`, 'Field is required.');
		const access = PROPERTIES[property];
		if (!access)
			throw fieldError(
				`${at}/property`,
				`Value must be one of: ${Object.keys(PROPERTIES).join(', ')}.`,
			);
		const condition = RANGE_CONDITIONS[property] ?? CONDITIONS[conditionName];
		if (!CONDITIONS[conditionName])
			throw fieldError(
				`${at}/condition`,
				`Value must be one of: ${Object.keys(CONDITIONS).join(', ')}.`,
			);
		const values = list(filter.values);
		return (a: AccountRecord, store: Store) => condition(access(a, store), values);
	});
}

const filterAccounts: Handler = (ctx) => {
	const { store } = ctx;
	const body = optionalBody(ctx);
	const search = readString(body, 'search', { nullable: true });
	const sortField = readString(body, 'sortBy', { nullable: true });
	const direction = readDirection(
		readString(body, 'sortDirection', { nullable: true }),
		'/sortDirection',
	);
	const listId = readInt(body, 'listId', { nullable: true });
	const predicates = readFilters(body.filters);

	let accounts = [...store.accounts.values()];
	if (typeof listId === 'number') {
		const accountList = store.accountLists.get(listId);
		if (!accountList)
			throw businessProblem(
				404,
				'contactAccountList.notFound',
				`Account list ${listId} not found.`,
			);
		accounts = accounts.filter((a) => accountList.accountIds.has(a.id));
	}
	if (search) accounts = accounts.filter((a) => matchesAccountSearch(a, search));
	accounts = accounts.filter((a) => predicates.every((p) => p(a, store)));
	accounts = sortAccounts(store, accounts, sortField, direction, '/sortBy');
	const page = paginate(ctx, 'contactAccount', accounts);
	return ok({ items: page.items.map((a) => accountView(store, a)), hasMore: page.hasMore });
};

export const contactAccountFilterRoutes: Route[] = [
	{
		method: 'POST',
		path: '/v3/contact-accounts/filter',
		operationId: 'FilterContactAccounts',
		resource: 'contactAccount',
		list: true,
		handle: filterAccounts,
	},
];
