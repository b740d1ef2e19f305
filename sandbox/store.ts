import {
	ACCOUNT_TEXT_FIELDS,
	CONTACT_TEXT_FIELDS,
	type AccountListRecord,
	type AccountRecord,
	type ActivityRecord,
	type ContactListRecord,
	type ContactRecord,
	type CustomFieldRecord,
	type EnrollmentRecord,
	type SequenceRecord,
	type UserRecord,
} from './models';

export type ContactInput = Partial<Omit<ContactRecord, 'id'>>;
export type AccountInput = Partial<Omit<AccountRecord, 'id'>>;

/** Ids of created records start here, so they never collide with the fixed users (1..3) and sequences (1..3). */
const FIRST_ID = 1000;

const DEFAULT_USERS: UserRecord[] = [
	{ id: 1, name: 'Alex Morgan', email: 'alex.morgan@example.com' },
	{ id: 2, name: 'Jordan Lee', email: 'jordan.lee@example.com' },
	{ id: 3, name: 'Sam Patel', email: 'sam.patel@example.com' },
];

type SequenceSeed = Pick<SequenceRecord, 'id' | 'name' | 'steps'> & Partial<SequenceRecord>;

const DEFAULT_SEQUENCES: SequenceSeed[] = [
	{
		id: 1,
		name: 'Sales Outreach',
		status: 'active',
		steps: [
			{ id: 101, displayName: 'Step 1 - Intro email' },
			{ id: 102, displayName: 'Step 2 - Follow-up email' },
			{ id: 103, displayName: 'Step 3 - LinkedIn message' },
		],
	},
	{
		id: 2,
		name: 'Webinar Follow-up',
		status: 'paused',
		ownerUserId: 2,
		steps: [
			{ id: 201, displayName: 'Step 1 - Thank-you email' },
			{ id: 202, displayName: 'Step 2 - Call' },
		],
	},
	{ id: 3, name: 'Re-engagement', status: 'new', steps: [{ id: 301, displayName: 'Step 1 - Check-in email' }] },
];

/** The API key's team, as GET /v3/whoami/team-users names it. */
export const SANDBOX_TEAM = { id: 1, name: 'Sandbox Team' };

/** When the default sequences were created (fixed, so listings are stable). */
const DEFAULT_SEQUENCE_CREATED = new Date('2024-03-01T09:00:00Z');

/** The in-memory data behind the sandbox, with helpers tests use to seed it directly. */
export class Store {
	readonly contacts = new Map<number, ContactRecord>();
	readonly accounts = new Map<number, AccountRecord>();
	readonly contactLists = new Map<number, ContactListRecord>();
	readonly accountLists = new Map<number, AccountListRecord>();
	readonly customFields = new Map<number, CustomFieldRecord>();
	readonly sequences = new Map<number, SequenceRecord>();
	/** Members of the API key owner's team; owner changes must target one of them. */
	readonly users = new Map<number, UserRecord>();
	enrollments: EnrollmentRecord[] = [];
	activities: ActivityRecord[] = [];
	/** The user the API key belongs to: owner of everything created through the API. */
	readonly currentUserId = 1;

	private nextId = FIRST_ID;
	private nextActivityId = 1;
	private seedCounter = 0;

	constructor(private readonly clock: () => Date = () => new Date()) {
		this.reset();
	}

	/** Back to an empty store holding only the default users and sequences. */
	reset(): void {
		for (const map of [
			this.contacts,
			this.accounts,
			this.contactLists,
			this.accountLists,
			this.customFields,
		])
			map.clear();
		this.sequences.clear();
		this.users.clear();
		this.enrollments = [];
		this.activities = [];
		this.nextId = FIRST_ID;
		this.nextActivityId = 1;
		this.seedCounter = 0;
		for (const u of DEFAULT_USERS) this.users.set(u.id, { ...u });
		for (const s of DEFAULT_SEQUENCES) this.addSequence(s);
	}

	/** Adds (or replaces) a sequence; tests use it for archived ones or long lists. */
	addSequence(input: Partial<SequenceRecord> & { name: string }): SequenceRecord {
		const sequence: SequenceRecord = {
			id: input.id ?? this.newId(),
			name: input.name,
			steps: (input.steps ?? []).map((st) => ({ ...st })),
			ownerUserId: input.ownerUserId ?? this.currentUserId,
			status: input.status ?? 'new',
			created:
				input.created ??
				(input.id !== undefined ? new Date(DEFAULT_SEQUENCE_CREATED.getTime() + input.id * 86_400_000) : this.now()),
			isArchived: input.isArchived ?? false,
			health: input.health ?? 'healthy',
		};
		this.sequences.set(sequence.id, sequence);
		return sequence;
	}

	now(): Date {
		return new Date(this.clock().getTime());
	}

	newId(): number {
		return this.nextId++;
	}

	isTeamMember(userId: number): boolean {
		return this.users.has(userId);
	}

	findContactByEmail(email: string, exceptId?: number): ContactRecord | undefined {
		const wanted = email.trim().toLowerCase();
		for (const c of this.contacts.values())
			if (c.id !== exceptId && typeof c.email === 'string' && lowerCased(c.email) === wanted) return c;
		return undefined;
	}

	linkedContacts(accountId: number): ContactRecord[] {
		return [...this.contacts.values()].filter((c) => c.accountId === accountId);
	}

	addContact(input: ContactInput = {}): ContactRecord {
		const now = this.now();
		const text = Object.fromEntries(
			CONTACT_TEXT_FIELDS.map((f) => [f, input[f] ?? null]),
		) as Record<(typeof CONTACT_TEXT_FIELDS)[number], string | null>;
		const contact: ContactRecord = {
			...text,
			id: this.newId(),
			companySize: input.companySize ?? null,
			phoneStatus: input.phoneStatus ?? (text.phone ? 'notValidated' : null),
			ownerUserId: input.ownerUserId ?? this.currentUserId,
			accountId: input.accountId ?? null,
			isOptedOut: input.isOptedOut ?? false,
			callStatus: input.callStatus ?? 'none',
			meetingStatus: input.meetingStatus ?? 'none',
			addingDate: input.addingDate ?? now,
			createdAt: input.createdAt ?? now,
			lastModifiedAt: input.lastModifiedAt ?? now,
			customFields: (input.customFields ?? []).map((cf) => ({ ...cf })),
		};
		this.contacts.set(contact.id, contact);
		return contact;
	}

	addAccount(input: AccountInput = {}): AccountRecord {
		const now = this.now();
		const text = Object.fromEntries(
			ACCOUNT_TEXT_FIELDS.map((f) => [f, input[f] ?? null]),
		) as Record<(typeof ACCOUNT_TEXT_FIELDS)[number], string | null>;
		const id = this.newId();
		const account: AccountRecord = {
			...text,
			id,
			ownerUserId: input.ownerUserId ?? this.currentUserId,
			name: input.name ?? `Account ${id}`,
			companySize: input.companySize ?? null,
			stage: input.stage ?? null,
			createdDate: input.createdDate ?? now,
			lastActivityDate: input.lastActivityDate ?? now,
		};
		this.accounts.set(id, account);
		return account;
	}

	addContactList(input: {
		name: string;
		isShared?: boolean;
		ownerUserId?: number;
		contactIds?: number[];
	}): ContactListRecord {
		const list: ContactListRecord = {
			id: this.newId(),
			name: input.name,
			isShared: input.isShared ?? false,
			ownerUserId: input.ownerUserId ?? this.currentUserId,
			contactIds: new Set(input.contactIds ?? []),
		};
		this.contactLists.set(list.id, list);
		return list;
	}

	addAccountList(input: {
		name: string;
		ownerUserId?: number;
		accountIds?: number[];
	}): AccountListRecord {
		const list: AccountListRecord = {
			id: this.newId(),
			name: input.name,
			ownerUserId: input.ownerUserId ?? this.currentUserId,
			accountIds: new Set(input.accountIds ?? []),
		};
		this.accountLists.set(list.id, list);
		return list;
	}

	addCustomField(
		input: Partial<Omit<CustomFieldRecord, 'id'>> & { title: string },
	): CustomFieldRecord {
		const field: CustomFieldRecord = {
			id: this.newId(),
			title: input.title,
			fieldType: input.fieldType ?? 'text',
			metadata: input.metadata ?? null,
			orgWide: input.orgWide ?? false,
		};
		this.customFields.set(field.id, field);
		return field;
	}

	/** n simple contacts (contact-N@example.com); the template's fields are copied onto each. */
	seedContacts(n: number, template: ContactInput = {}): ContactRecord[] {
		return Array.from({ length: n }, () => {
			const k = ++this.seedCounter;
			return this.addContact({
				email: `contact-${k}@example.com`,
				firstName: 'Contact',
				lastName: String(k),
				...template,
			});
		});
	}

	/** n simple accounts ("Account N", accountN.example.com). */
	seedAccounts(n: number, template: AccountInput = {}): AccountRecord[] {
		return Array.from({ length: n }, () => {
			const k = ++this.seedCounter;
			return this.addAccount({
				name: `Account ${k}`,
				domainName: `account${k}.example.com`,
				...template,
			});
		});
	}

	enroll(
		contactId: number,
		sequenceId: number,
		options: Partial<Omit<EnrollmentRecord, 'contactId' | 'sequenceId'>> = {},
	): EnrollmentRecord {
		const sequence = this.sequences.get(sequenceId);
		const enrollment: EnrollmentRecord = {
			contactId,
			sequenceId,
			status: 'active',
			currentStepId: sequence?.steps[0]?.id ?? null,
			addingDate: this.now(),
			emailAccountId: null,
			linkedInAccountId: null,
			isReplied: false,
			isBounced: false,
			...options,
		};
		this.enrollments.push(enrollment);
		return enrollment;
	}

	enrollmentsOf(contactId: number): EnrollmentRecord[] {
		return this.enrollments.filter((e) => e.contactId === contactId);
	}

	logActivity(
		contactId: number,
		activityType: string,
		content: Record<string, unknown> | null = null,
		sourceType = 'api',
	): ActivityRecord {
		const activity: ActivityRecord = {
			id: this.nextActivityId++,
			contactId,
			date: this.now(),
			activityType,
			sourceType,
			userId: this.currentUserId,
			content,
		};
		this.activities.push(activity);
		return activity;
	}

	/** Removes a contact with everything that points at it (enrollments, list memberships, activities). */
	deleteContact(id: number): boolean {
		if (!this.contacts.delete(id)) return false;
		this.enrollments = this.enrollments.filter((e) => e.contactId !== id);
		this.activities = this.activities.filter((a) => a.contactId !== id);
		for (const list of this.contactLists.values()) list.contactIds.delete(id);
		return true;
	}

	/** Removes an account; its contacts are kept but unlinked, as the API documents. */
	deleteAccount(id: number): boolean {
		if (!this.accounts.delete(id)) return false;
		for (const c of this.linkedContacts(id)) c.accountId = null;
		for (const list of this.accountLists.values()) list.accountIds.delete(id);
		return true;
	}
}

const lowerCache = new Map<string, string>();

/**
 * Lower-cased email, memoised: an import of 10,000 contacts compares each against every stored
 * one, and allocating a new string per comparison made the sandbox, not the node, the slow part
 * of the benchmark.
 */
function lowerCased(value: string): string {
	let lower = lowerCache.get(value);
	if (lower === undefined) {
		if (lowerCache.size > 1_000_000) lowerCache.clear();
		lowerCache.set(value, (lower = value.toLowerCase()));
	}
	return lower;
}

