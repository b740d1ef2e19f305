/** Stored record shapes and the enums they use (spellings as in the reference and seeds). */

export const CONTACT_COMPANY_SIZES = [
	'Empty',
	'SelfEmployed',
	'Ten',
	'Fifty',
	'TwoHundred',
	'FiveHundred',
	'OneThousand',
	'FiveThousand',
	'TenThousand',
	'OverTenThousand',
] as const;
export type ContactCompanySize = (typeof CONTACT_COMPANY_SIZES)[number];

export const ACCOUNT_COMPANY_SIZES = [
	'Empty',
	'SelfEmployed',
	'2-10',
	'11-50',
	'51-200',
	'201-500',
	'501-1000',
	'1001-5000',
	'5001-10000',
	'10001+',
] as const;
export type AccountCompanySize = (typeof ACCOUNT_COMPANY_SIZES)[number];

export const PHONE_STATUSES = [
	'pending',
	'invalid',
	'valid',
	'validationFailed',
	'notValidated',
] as const;
export type PhoneStatus = (typeof PHONE_STATUSES)[number];

export const CALL_STATUSES = ['none', 'toCall', 'called'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const MEETING_STATUSES = ['none', 'meetingBooked'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** In-sequence statuses a client may set (set-status-in-sequence). */
export const WRITABLE_SEQUENCE_STATUSES = ['active', 'paused', 'finished', 'outOfOffice'] as const;
export type SequenceStatus = (typeof WRITABLE_SEQUENCE_STATUSES)[number];

/** Plain string fields of a contact; phone2 is write-only (not in the read model). */
export const CONTACT_TEXT_FIELDS = [
	'email',
	'firstName',
	'lastName',
	'phone',
	'phone2',
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
export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number];

export interface CustomFieldValue {
	key: string;
	value: string | null;
}

export type ContactRecord = Record<ContactTextField, string | null> & {
	id: number;
	companySize: ContactCompanySize | null;
	phoneStatus: PhoneStatus | null;
	ownerUserId: number;
	accountId: number | null;
	isOptedOut: boolean;
	callStatus: CallStatus;
	meetingStatus: MeetingStatus;
	addingDate: Date;
	createdAt: Date;
	lastModifiedAt: Date;
	customFields: CustomFieldValue[];
};

/** Nullable string fields of an account (create, PUT and read models alike). */
export const ACCOUNT_TEXT_FIELDS = [
	'description',
	'domainName',
	'domainSecondary',
	'industry',
	'country',
	'state',
	'city',
	'timeZoneId',
	'linkedInUrl',
	'phone',
	'twitterUrl',
	'logoUrl',
	'email',
] as const;
export type AccountTextField = (typeof ACCOUNT_TEXT_FIELDS)[number];

export interface AccountStage {
	id: number;
	name: string;
	colorId: number;
}

export type AccountRecord = Record<AccountTextField, string | null> & {
	id: number;
	ownerUserId: number;
	name: string;
	companySize: AccountCompanySize | null;
	stage: AccountStage | null;
	createdDate: Date;
	lastActivityDate: Date;
};

export interface ContactListRecord {
	id: number;
	name: string;
	isShared: boolean;
	ownerUserId: number;
	contactIds: Set<number>;
}

export interface AccountListRecord {
	id: number;
	name: string;
	ownerUserId: number;
	accountIds: Set<number>;
}

export interface CustomFieldRecord {
	id: number;
	title: string;
	fieldType: 'text' | 'number';
	metadata: string | null;
	orgWide: boolean;
}

export const SEQUENCE_LIST_STATUSES = ['active', 'paused', 'new'] as const;

export interface SequenceRecord {
	id: number;
	name: string;
	steps: { id: number; displayName: string }[];
	/** The fields GET /v3/sequences lists (defaults filled by the store). */
	ownerUserId: number;
	status: (typeof SEQUENCE_LIST_STATUSES)[number];
	created: Date;
	isArchived: boolean;
	health: string;
}

export interface UserRecord {
	id: number;
	name: string;
	email: string;
	/** Teams the user belongs to besides the API key's own team (GET /v3/whoami/team-users). */
	otherTeams?: { id: number; name: string }[];
}

export interface EnrollmentRecord {
	contactId: number;
	sequenceId: number;
	status: SequenceStatus;
	currentStepId: number | null;
	addingDate: Date;
	emailAccountId: number | null;
	linkedInAccountId: number | null;
	isReplied: boolean;
	isBounced: boolean;
}

export interface ActivityRecord {
	id: number;
	contactId: number;
	date: Date;
	activityType: string;
	sourceType: string;
	userId: number;
	content: Record<string, unknown> | null;
}
