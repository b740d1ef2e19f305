import type { ContactRecord } from '../models';
import { businessProblem, fieldError } from '../problems';
import { ok, type Handler, type Route } from '../router';
import type { Store } from '../store';
import { contactView } from '../views';
import { asObject, optionalBody, readInt, readString, type Body } from './input';
import { paginate, resolveField, sortBy, type SortDirection } from './paging';

/**
 * POST /v3/contacts/filter. The spec gives no enums for rule properties or conditions; the sandbox
 * accepts any read-model property or custom-field key and a small, documented set of conditions.
 */

const PROPERTIES = [
	'id',
	'email',
	'domain',
	'firstName',
	'lastName',
	'phone',
	'title',
	'company',
	'companySize',
	'industry',
	'city',
	'state',
	'country',
	'timeZoneId',
	'linkedInUrl',
	'linkedInSalesNavigatorUrl',
	'linkedInRecruiterUrl',
	'phoneStatus',
	'notes',
	'ownerUserId',
	'accountId',
	'isOptedOut',
	'callStatus',
	'meetingStatus',
	'addingDate',
	'createdAt',
	'lastModifiedAt',
] as const;

type Test = (actual: string | null, expected: string | null) => boolean;

const text = (v: string | null) => (v ?? '').toLowerCase();
const numeric = (v: string | null) =>
	v !== null && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : null;
function compare(a: string | null, b: string | null): number {
	const x = numeric(a);
	const y = numeric(b);
	if (x !== null && y !== null) return x - y;
	return text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0;
}

export const CONTACT_FILTER_CONDITIONS: Record<string, Test> = {
	equals: (a, b) => text(a) === text(b),
	notequals: (a, b) => text(a) !== text(b),
	contains: (a, b) => text(a).includes(text(b)),
	notcontains: (a, b) => !text(a).includes(text(b)),
	startswith: (a, b) => text(a).startsWith(text(b)),
	endswith: (a, b) => text(a).endsWith(text(b)),
	isempty: (a) => text(a) === '',
	isnotempty: (a) => text(a) !== '',
	greaterthan: (a, b) => a !== null && compare(a, b) > 0,
	lowerthan: (a, b) => a !== null && compare(a, b) < 0,
	lessthan: (a, b) => a !== null && compare(a, b) < 0,
};

interface Rule {
	read: (c: ContactRecord) => string | null;
	test: Test;
	value: string | null;
}

function readRules(store: Store, raw: unknown): Rule[] {
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw)) throw fieldError('/rules', 'Value has an invalid type.');
	const fieldKeys = customFieldKeys(store);
	return raw.map((item, i) => {
		const at = `/rules/${i}`;
		const rule = asObject(item, at);
		const property = readString(rule, 'property', { required: true }, at) as string;
		const condition = readString(rule, 'condition', { required: true }, at) as string;
		const value = rule.value === undefined || rule.value === null ? null : String(rule.value);
		const test = CONTACT_FILTER_CONDITIONS[condition.toLowerCase()];
		if (!test)
			throw fieldError(
				`${at}/condition`,
				`Unsupported condition '${condition}'. Use one of: ${Object.keys(CONTACT_FILTER_CONDITIONS).join(', ')}.`,
			);
		return { read: propertyReader(property, fieldKeys, `${at}/property`), test, value };
	});
}

function propertyReader(
	property: string,
	customKeys: string[],
	pointer: string,
): (c: ContactRecord) => string | null {
	const standard = resolveField(property, PROPERTIES);
	if (standard) {
		return (c) => {
			const v = contactView(c)[standard];
			return v === undefined || v === null ? null : String(v);
		};
	}
	const key = customKeys.find((k) => k.toLowerCase() === property.toLowerCase());
	if (!key) throw fieldError(pointer, `Unknown property '${property}'.`);
	return (c) => c.customFields.find((cf) => cf.key === key)?.value ?? null;
}

/** Defined custom fields plus any key already stored on a contact. */
function customFieldKeys(store: Store): string[] {
	const keys = new Set([...store.customFields.values()].map((f) => f.title));
	for (const c of store.contacts.values()) for (const cf of c.customFields) keys.add(cf.key);
	return [...keys];
}

function matchesSearch(c: ContactRecord, term: string): boolean {
	const t = term.toLowerCase();
	const haystack = [`${c.firstName ?? ''} ${c.lastName ?? ''}`, c.email, c.company, c.title];
	return haystack.some((h) => h?.toLowerCase().includes(t));
}

function readDirection(body: Body): SortDirection {
	const raw = readString(body, 'sortDirection', { nullable: true });
	if (raw === undefined || raw === null) return 'asc';
	const direction = raw.toLowerCase();
	if (direction !== 'asc' && direction !== 'desc')
		throw fieldError('/sortDirection', 'Value must be one of: asc, desc.');
	return direction;
}

const filterContacts: Handler = (ctx) => {
	const { store } = ctx;
	const body = optionalBody(ctx);
	const rules = readRules(store, body.rules);
	const listId = readInt(body, 'listId', { nullable: true });
	const sequenceId = readInt(body, 'sequenceId', { nullable: true });
	const stepId = readInt(body, 'sequenceStepId', { nullable: true });
	const searchTerm = readString(body, 'searchTerm', { nullable: true });
	const sortField = readString(body, 'sortBy', { nullable: true });
	const direction = readDirection(body);

	let contacts = [...store.contacts.values()];
	if (typeof listId === 'number') {
		const list = store.contactLists.get(listId);
		if (!list)
			throw businessProblem(404, 'contactsList.notFound', `Contact list ${listId} not found.`);
		contacts = contacts.filter((c) => list.contactIds.has(c.id));
	}
	if (typeof sequenceId === 'number' || typeof stepId === 'number') {
		contacts = contacts.filter((c) =>
			store
				.enrollmentsOf(c.id)
				.some(
					(e) =>
						(sequenceId == null || e.sequenceId === sequenceId) &&
						(stepId == null || e.currentStepId === stepId),
				),
		);
	}
	if (searchTerm) contacts = contacts.filter((c) => matchesSearch(c, searchTerm));
	contacts = contacts.filter((c) => rules.every((r) => r.test(r.read(c), r.value)));
	if (sortField) {
		const field = resolveField(sortField, PROPERTIES);
		if (!field) throw fieldError('/sortBy', `Unknown sort field '${sortField}'.`);
		contacts = sortBy(contacts, (c) => contactView(c)[field], direction);
	} else if (direction === 'desc') {
		contacts.reverse();
	}
	const page = paginate(ctx, 'contact', contacts);
	return ok({ items: page.items.map(contactView), hasMore: page.hasMore });
};

export const contactFilterRoutes: Route[] = [
	{
		method: 'POST',
		path: '/v3/contacts/filter',
		operationId: 'FilterContacts',
		resource: 'contact',
		list: true,
		handle: filterContacts,
	},
];
