import {
	ACCOUNT_TEXT_FIELDS,
	type AccountListRecord,
	type AccountRecord,
	type ContactListRecord,
	type ContactRecord,
	type CustomFieldRecord,
} from './models';
import type { Store } from './store';

/** Serialisers from stored records to the API's response models. */

type Out = Record<string, unknown>;

/** `2024-03-08T10:00:00`: the contact examples carry no offset on createdAt/lastModifiedAt. */
export const isoNoOffset = (d: Date) => d.toISOString().slice(0, 19);
/** `2024-03-08T10:00:00+00:00`, as in the contact addingDate example. */
export const isoWithOffset = (d: Date) => `${isoNoOffset(d)}+00:00`;
/** `2023-11-07T05:31:56Z`, as in the account examples. */
export const isoZ = (d: Date) => `${isoNoOffset(d)}Z`;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Read-model field order; phone2 is write-only. Non-nullable fields without a value are left out.
const CONTACT_READ_FIELDS = [
	'email',
	'firstName',
	'lastName',
	'phone',
	'title',
	'company',
	'industry',
	'city',
	'state',
	'country',
	'timeZoneId',
	'linkedInUrl',
	'linkedInSalesNavigatorUrl',
	'linkedInRecruiterUrl',
	'notes',
] as const;

function contactCore(c: ContactRecord, casing: (s: string) => string): Out {
	const out: Out = { id: c.id };
	for (const f of CONTACT_READ_FIELDS) if (c[f] !== null) out[f] = c[f];
	if (c.email) out.domain = c.email.split('@')[1] ?? '';
	if (c.companySize) out.companySize = casing(c.companySize);
	if (c.phoneStatus) out.phoneStatus = casing(c.phoneStatus);
	out.ownerUserId = c.ownerUserId;
	out.accountId = c.accountId;
	out.isOptedOut = c.isOptedOut;
	return out;
}

const dates = (c: ContactRecord): Out => ({
	addingDate: isoWithOffset(c.addingDate),
	createdAt: isoNoOffset(c.createdAt),
	lastModifiedAt: isoNoOffset(c.lastModifiedAt),
});

/** v3 "Contact" read model: companySize and phoneStatus in camelCase. */
export function contactView(c: ContactRecord): Out {
	return {
		...contactCore(c, lowerFirst),
		callStatus: c.callStatus,
		meetingStatus: c.meetingStatus,
		...dates(c),
		customFields: c.customFields.map((cf) => ({ ...cf })),
	};
}

/** POST /v4/contacts response (seed 001): PascalCase enums, plus the contact's sequences and lists. */
export function contactV4View(store: Store, c: ContactRecord): Out {
	return {
		...contactCore(c, upperFirst),
		...dates(c),
		customFields: c.customFields.map((cf) => ({ ...cf })),
		sequences: store.enrollmentsOf(c.id).map((e) => {
			const sequence = store.sequences.get(e.sequenceId);
			const stepIndex = sequence?.steps.findIndex((s) => s.id === e.currentStepId) ?? -1;
			return {
				sequenceId: e.sequenceId,
				sequenceName: sequence?.name ?? '',
				status: upperFirst(e.status),
				currentStep: stepIndex >= 0 ? stepIndex + 1 : null,
				addingDate: isoWithOffset(e.addingDate),
				emailAccountId: e.emailAccountId,
				linkedInAccountId: e.linkedInAccountId,
			};
		}),
		lists: [...store.contactLists.values()]
			.filter((l) => l.contactIds.has(c.id))
			.map((l) => ({ listId: l.id, listName: l.name, isShared: l.isShared })),
	};
}

/** "Contact Account" list item (no emailProvider). */
export function accountView(store: Store, a: AccountRecord): Out {
	const out: Out = {
		id: a.id,
		ownerUserId: a.ownerUserId,
		name: a.name,
		linkedProspectsCount: store.linkedContacts(a.id).length,
		createdDate: isoZ(a.createdDate),
		lastActivityDate: isoZ(a.lastActivityDate),
	};
	for (const f of ACCOUNT_TEXT_FIELDS) out[f] = a[f];
	out.companySize = a.companySize;
	out.stage = a.stage ? { ...a.stage } : null;
	return out;
}

/** "Contact Account Details": the list item plus the detected email provider. */
export function accountDetailsView(store: Store, a: AccountRecord): Out {
	const { stage, ...rest } = accountView(store, a);
	return { ...rest, emailProvider: emailProviderOf(a.domainName), stage };
}

const KNOWN_PROVIDERS: Record<string, string> = {
	'gmail.com': 'gmail',
	'outlook.com': 'outlook',
	'hotmail.com': 'hotmail',
	'yahoo.com': 'yahoo',
	'protonmail.com': 'protonmail',
	'linkedin.com': 'linkedin',
};

/** Stand-in for the MX lookup: null without a domain, a few well-known providers, "other" otherwise. */
function emailProviderOf(domain: string | null): string | null {
	if (!domain) return null;
	return KNOWN_PROVIDERS[domain.toLowerCase()] ?? 'other';
}

export const contactListView = (l: ContactListRecord): Out => ({
	id: l.id,
	name: l.name,
	isShared: l.isShared,
});
export const accountListView = (l: AccountListRecord): Out => ({ id: l.id, name: l.name });
export const customFieldView = (f: CustomFieldRecord): Out => ({
	id: f.id,
	title: f.title,
	fieldType: f.fieldType,
	metadata: f.metadata,
	orgWide: f.orgWide,
});
