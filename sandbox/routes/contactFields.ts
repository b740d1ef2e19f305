import {
	CALL_STATUSES,
	CONTACT_COMPANY_SIZES,
	CONTACT_TEXT_FIELDS,
	type ContactRecord,
	type CustomFieldRecord,
	type CustomFieldValue,
	MEETING_STATUSES,
} from '../models';
import { DETAIL, fieldError, invalidInput } from '../problems';
import type { Store } from '../store';
import {
	asObject,
	isEmail,
	isUri,
	readBool,
	readEnum,
	readInt,
	readString,
	type Body,
} from './input';
import { checkAccountLink } from './lookup';

/** Reading the contact write models (create, PATCH, import items) into record changes. */

const URI_FIELDS = ['linkedInUrl', 'linkedInSalesNavigatorUrl', 'linkedInRecruiterUrl'];

/** Standard fields present in the body; null means "clear" (PATCH and import). */
export function readContactChanges(body: Body, base = ''): Partial<ContactRecord> {
	const changes: Partial<ContactRecord> = {};
	for (const field of CONTACT_TEXT_FIELDS) {
		const value = readString(body, field, { nullable: true }, base);
		if (value === undefined) continue;
		if (typeof value === 'string' && field === 'email' && !isEmail(value))
			throw fieldError(`${base}/email`, DETAIL.invalidFormat);
		if (typeof value === 'string' && URI_FIELDS.includes(field) && !isUri(value))
			throw fieldError(`${base}/${field}`, DETAIL.invalidFormat);
		changes[field] = value;
	}
	const size = readEnum(body, 'companySize', CONTACT_COMPANY_SIZES, { nullable: true }, base);
	if (size !== undefined) changes.companySize = size;
	const accountId = readInt(body, 'accountId', { nullable: true }, base);
	if (accountId !== undefined) changes.accountId = accountId;
	return changes;
}

/** Create model: customFields as `{key, value}`. */
export function readKeyedCustomFields(body: Body, base = ''): CustomFieldValue[] {
	const raw = body.customFields;
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw)) throw fieldError(`${base}/customFields`, DETAIL.invalidType);
	return raw.map((item, i) => {
		const at = `${base}/customFields/${i}`;
		const entry = asObject(item, at);
		const key = readString(entry, 'key', { required: true }, at) as string;
		const value = readString(entry, 'value', { nullable: true }, at) ?? null;
		return { key, value };
	});
}

export interface CustomFieldChange extends CustomFieldValue {
	field?: CustomFieldRecord;
}

/** PATCH/import model: customFields as `{id | name, value}`, resolved to the stored `key` (the field title). */
export function readCustomFieldChanges(store: Store, body: Body, base = ''): CustomFieldChange[] {
	const raw = body.customFields;
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw)) throw fieldError(`${base}/customFields`, DETAIL.invalidType);
	return raw.map((item, i) => {
		const at = `${base}/customFields/${i}`;
		const entry = asObject(item, at);
		const id = readInt(entry, 'id', { nullable: true }, at);
		const name = readString(entry, 'name', { nullable: true }, at);
		const value = readString(entry, 'value', { nullable: true }, at) ?? null;
		if (id !== undefined && id !== null) {
			const field = store.customFields.get(id);
			if (!field) throw invalidInput('contact', `Custom field ${id} not found.`);
			return { key: field.title, value, field };
		}
		if (!name) throw fieldError(at, 'Either id or name is required.');
		const field = [...store.customFields.values()].find(
			(f) => f.title.toLowerCase() === name.toLowerCase(),
		);
		return { key: field?.title ?? name, value, field };
	});
}

/** The first change whose value does not fit a number field, if any. */
export function findFormatMismatch(changes: CustomFieldChange[]): CustomFieldChange | undefined {
	return changes.find(
		(c) =>
			c.field?.fieldType === 'number' &&
			c.value !== null &&
			!/^-?\d+(\.\d+)?$/.test(c.value.trim()),
	);
}

/** Updates the stored `{key, value}` list by key; a null value removes the entry. */
export function applyCustomFieldChanges(contact: ContactRecord, changes: CustomFieldValue[]): void {
	for (const { key, value } of changes) {
		const existing = contact.customFields.find((cf) => cf.key === key);
		if (value === null) contact.customFields = contact.customFields.filter((cf) => cf.key !== key);
		else if (existing) existing.value = value;
		else contact.customFields.push({ key, value });
	}
}

export interface ContactPatch {
	fields: Partial<ContactRecord>;
	customFields: CustomFieldChange[];
}

/**
 * The "Contact Patch" model (PATCH and import items): standard fields, contact-level statuses, owner,
 * account link and `{id|name, value}` custom fields. Null clears; statuses clear to `none`.
 */
export function readContactPatch(store: Store, body: Body, base = ''): ContactPatch {
	const fields = readContactChanges(body, base);
	checkAccountLink(store, fields.accountId);
	const isOptedOut = readBool(body, 'isOptedOut', { nullable: true }, base);
	if (isOptedOut !== undefined) fields.isOptedOut = isOptedOut ?? false;
	const callStatus = readEnum(body, 'callStatus', CALL_STATUSES, { nullable: true }, base);
	if (callStatus !== undefined) fields.callStatus = callStatus ?? 'none';
	const meetingStatus = readEnum(body, 'meetingStatus', MEETING_STATUSES, { nullable: true }, base);
	if (meetingStatus !== undefined) fields.meetingStatus = meetingStatus ?? 'none';
	const ownerUserId = readInt(body, 'ownerUserId', { nullable: true }, base);
	if (typeof ownerUserId === 'number') {
		if (!store.isTeamMember(ownerUserId))
			throw invalidInput('contact', `OwnerUserId ${ownerUserId} is not a member of the team.`);
		fields.ownerUserId = ownerUserId;
	}
	return { fields, customFields: readCustomFieldChanges(store, body, base) };
}

/** Applies a patch; with onlyEmpty, fields (and custom fields) that already hold a value are kept. */
export function applyContactPatch(
	contact: ContactRecord,
	patch: ContactPatch,
	now: Date,
	onlyEmpty = false,
): void {
	const record = contact as unknown as Record<string, unknown>;
	for (const [key, value] of Object.entries(patch.fields)) {
		if (onlyEmpty && record[key] !== null && record[key] !== undefined) continue;
		record[key] = value;
	}
	if (patch.fields.phone !== undefined && !(onlyEmpty && contact.phoneStatus))
		contact.phoneStatus = contact.phone ? 'notValidated' : null;
	const customFields = onlyEmpty
		? patch.customFields.filter((c) => !contact.customFields.some((cf) => cf.key === c.key))
		: patch.customFields;
	applyCustomFieldChanges(contact, customFields);
	contact.lastModifiedAt = now;
}
