import type { AccountRecord, ContactRecord } from '../models';
import { invalidInput, notFound } from '../problems';
import type { Store } from '../store';

/** Record lookups that answer with the resource's `.notFound` business problem. */

export function requireContact(store: Store, id: number): ContactRecord {
	const contact = store.contacts.get(id);
	if (!contact) throw notFound('contact', `Contact ${id} not found.`);
	return contact;
}

export function requireAccount(store: Store, id: number): AccountRecord {
	const account = store.accounts.get(id);
	if (!account) throw notFound('contactAccount', `Contact account ${id} not found.`);
	return account;
}

/** accountId on a contact write must name an existing account (null unlinks). */
export function checkAccountLink(store: Store, accountId: number | null | undefined): void {
	if (accountId !== undefined && accountId !== null && !store.accounts.has(accountId))
		throw invalidInput('contact', `Contact account ${accountId} not found.`);
}
