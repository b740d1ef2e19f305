/**
 * Bad input, checked before anything is sent. Every row runs the node on three input items with
 * Continue On Fail: only item 1 (the middle one) carries the bad value. The row passes when item 1
 * comes out as a NodeOperationError for item 1 whose message names the field, the value and what
 * is allowed, the two good items succeed, and the sandbox saw only the good items' requests.
 * docs/reliability.md lists these rows; keep the two in step.
 */
import type { INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { runNode } from '../../harness/routing';
import { byId, useSandbox } from '../../harness/sandbox';

const api = useSandbox();

/** Records the rows work on, created fresh for every row. */
interface Fixture {
	contacts: number[];
	accounts: number[];
	contactList: number;
	accountList: number;
	customField: number;
}

/** An expression giving item 0, 1 and 2 their own value: `each('a', 'bad', 'c')`. */
const each = (...values: unknown[]) => `={{ ${JSON.stringify(values)}[$itemIndex] }}`;
/** The same good value for items 0 and 2, the bad one for item 1. */
const bad = (good: unknown, badValue: unknown) => each(good, badValue, good);
const numbers = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i).join(',');

interface Row {
	/** What is wrong, e.g. "invalid email". */
	name: string;
	resource: string;
	operation: string;
	parameters: (f: Fixture) => Record<string, unknown>;
	/** Each must appear in the message: the field, the bad value, what is allowed. */
	message: string[];
	/** Requests one good item makes (account update reads before it writes). */
	requestsPerGoodItem?: number;
	/** A bulk action: the good items' records go out together in one request (shared/batch.ts). */
	batched?: boolean;
	/**
	 * The bad value cannot differ per item (the number of rows in a fixed collection is set in the
	 * editor, not by an expression): all three items fail, each with its own index.
	 */
	allItemsBad?: boolean;
}

const contactIds = (f: Fixture) => `${f.contacts[0]}, ${f.contacts[1]}`;

const rows: Row[] = [
	// Contact › Create
	{
		name: 'invalid email',
		resource: 'contact',
		operation: 'create',
		parameters: () => ({ email: each('a@acme.com', 'jane-at-acme', 'c@acme.com') }),
		message: ['Email', '"jane-at-acme"', 'is not a valid email address'],
	},
	{
		name: 'neither email nor LinkedIn URL',
		resource: 'contact',
		operation: 'create',
		parameters: () => ({ email: each('a@acme.com', '', 'c@acme.com'), additionalFields: { firstName: 'Nobody' } }),
		message: ['Email or LinkedIn URL is required: fill in at least one of them'],
	},
	{
		name: 'LinkedIn URL that is not a URL',
		resource: 'contact',
		operation: 'create',
		parameters: () => ({ linkedInUrl: each('https://www.linkedin.com/in/a', 'linkedin.com/in/jane', 'https://www.linkedin.com/in/c') }),
		message: ['LinkedIn URL', '"linkedin.com/in/jane"', 'is not a valid URL (expected http:// or https://)'],
	},
	{
		name: 'Sales Navigator URL with another scheme',
		resource: 'contact',
		operation: 'create',
		parameters: () => ({
			email: each('a@acme.com', 'b@acme.com', 'c@acme.com'),
			additionalFields: { linkedInSalesNavigatorUrl: bad('https://www.linkedin.com/sales/a', 'ftp://linkedin.com/sales/b') },
		}),
		message: ['LinkedIn Sales Navigator URL', '"ftp://linkedin.com/sales/b"', 'expected http:// or https://'],
	},
	{
		name: 'company size not in the list',
		resource: 'contact',
		operation: 'create',
		parameters: () => ({
			email: each('a@acme.com', 'b@acme.com', 'c@acme.com'),
			additionalFields: { companySize: bad('Fifty', '11-50') },
		}),
		message: ['Company Size', '"11-50"', 'is not one of the allowed values: Empty, SelfEmployed, Ten, Fifty'],
	},
	{
		name: 'custom field without a key',
		resource: 'contact',
		operation: 'create',
		parameters: () => ({
			email: each('a@acme.com', 'b@acme.com', 'c@acme.com'),
			additionalFields: { customFields: { values: [{ field: bad('leadSource', ''), value: 'Conference' }] } },
		}),
		message: ['Custom Fields [1]', 'choose a field'],
	},
	{
		name: 'account id that is not a number',
		resource: 'contact',
		operation: 'create',
		parameters: (f) => ({
			email: each('a@acme.com', 'b@acme.com', 'c@acme.com'),
			additionalFields: { accountId: bad(f.accounts[0], 'Acme') },
		}),
		message: ['Account ID', '"Acme"', 'is not a whole number'],
	},
	// Contact › Update / Get / Delete
	{
		name: 'invalid email on update',
		resource: 'contact',
		operation: 'update',
		parameters: (f) => ({ contactId: byId(f.contacts[0]), updateFields: { email: bad('new@acme.com', 'new@acme') } }),
		message: ['Email', '"new@acme"', 'is not a valid email address'],
	},
	{
		name: 'call status not in the list',
		resource: 'contact',
		operation: 'update',
		parameters: (f) => ({ contactId: byId(f.contacts[0]), updateFields: { callStatus: bad('toCall', 'ringing') } }),
		message: ['Call Status', '"ringing"', 'is not one of the allowed values: none, toCall, called'],
	},
	{
		name: 'update with a non-numeric contact id',
		resource: 'contact',
		operation: 'update',
		parameters: (f) => ({ contactId: byId(bad(f.contacts[0], 'abc')), updateFields: { firstName: 'Jo' } }),
		message: ['Contact', '"abc"', 'is not a Reply.io ID', '1 to 2147483647'],
	},
	{
		name: 'get with a negative contact id',
		resource: 'contact',
		operation: 'get',
		parameters: (f) => ({ contactId: byId(bad(f.contacts[0], '-5')) }),
		message: ['Contact', '"-5"', 'is not a Reply.io ID', '1 to 2147483647'],
	},
	{
		name: 'get with contact id 0',
		resource: 'contact',
		operation: 'get',
		parameters: (f) => ({ contactId: byId(bad(f.contacts[0], '0')) }),
		message: ['Contact', '"0"', 'is not a Reply.io ID', '1 to 2147483647'],
	},
	{
		name: 'get with a contact id over the 32-bit range',
		resource: 'contact',
		operation: 'get',
		parameters: (f) => ({ contactId: byId(bad(f.contacts[0], '2147483648')) }),
		message: ['Contact', '"2147483648"', '1 to 2147483647'],
	},
	{
		name: 'delete with a decimal contact id',
		resource: 'contact',
		operation: 'delete',
		parameters: (f) => ({ contactId: byId(each(f.contacts[0], '12.5', f.contacts[1])) }),
		message: ['Contact', '"12.5"', '1 to 2147483647'],
	},
	// Contact › bulk actions
	{
		name: 'Delete Many with no ids',
		resource: 'contact',
		operation: 'deleteMany',
		batched: true,
		parameters: (f) => ({ ids: each(String(f.contacts[0]), ' , ', String(f.contacts[1])) }),
		message: ['IDs', 'needs at least 1 value, got 0'],
	},
	{
		name: 'Delete Many with a non-numeric id',
		resource: 'contact',
		operation: 'deleteMany',
		batched: true,
		parameters: (f) => ({ ids: each(String(f.contacts[0]), `${f.contacts[1]}, x7`, String(f.contacts[1])) }),
		message: ['IDs [2]', '"x7"', 'is not a whole number'],
	},
	{
		name: 'Delete Many with a negative id',
		resource: 'contact',
		operation: 'deleteMany',
		batched: true,
		parameters: (f) => ({ ids: each(String(f.contacts[0]), '-3', String(f.contacts[1])) }),
		message: ['IDs [1]', '-3', 'below the minimum of 1'],
	},
	{
		name: 'Set Bounced with 101 ids in one item (max 100)',
		resource: 'contact',
		operation: 'setBounced',
		batched: true,
		parameters: (f) => ({ contactIds: bad(contactIds(f), numbers(101)), isBounced: true }),
		message: ['Contact IDs', 'allows at most 100 values per request, got 101'],
	},
	{
		name: 'Set Bounced to false without Resend Emails',
		resource: 'contact',
		operation: 'setBounced',
		batched: true,
		parameters: (f) => ({ contactIds: contactIds(f), isBounced: bad(true, false) }),
		message: ['Resend Emails', 'is required when Is Bounced is false'],
	},
	{
		name: 'Set Bounced with id 0',
		resource: 'contact',
		operation: 'setBounced',
		batched: true,
		parameters: (f) => ({ contactIds: bad(contactIds(f), `${f.contacts[0]}, 0`), isBounced: true }),
		message: ['Contact IDs [2]', '0 is below the minimum of 1'],
	},
	{
		name: 'status in sequence not in the list',
		resource: 'contact',
		operation: 'setStatusInSequence',
		batched: true,
		parameters: (f) => ({ contactIds: contactIds(f), statusInSequence: bad('paused', 'stopped') }),
		message: ['Status In Sequence', '"stopped"', 'is not one of the allowed values: active, paused, finished, outOfOffice'],
	},
	{
		name: 'Set Status In Sequence with an empty id list',
		resource: 'contact',
		operation: 'setStatusInSequence',
		batched: true,
		parameters: (f) => ({ contactIds: bad(contactIds(f), ''), statusInSequence: 'paused' }),
		message: ['Contact IDs', 'needs at least 1 value, got 0'],
	},
	{
		name: 'Move To Sequence with a non-numeric sequence id',
		resource: 'contact',
		operation: 'moveToSequence',
		parameters: (f) => ({ contactId: byId(each(f.contacts[0], f.contacts[0], f.contacts[1])), sequenceId: bad(1, 'Sales') }),
		message: ['Sequence ID', '"Sales"', 'is not a whole number'],
	},
	{
		name: 'Move To Sequence with sequence id 0',
		resource: 'contact',
		operation: 'moveToSequence',
		parameters: (f) => ({ contactId: byId(each(f.contacts[0], f.contacts[0], f.contacts[1])), sequenceId: bad(1, 0) }),
		message: ['Sequence ID', '0 is below the minimum of 1'],
	},
	{
		name: 'Move To Sequence with a start date that is not a date',
		resource: 'contact',
		operation: 'moveToSequence',
		parameters: (f) => ({
			contactId: byId(each(f.contacts[0], f.contacts[0], f.contacts[1])),
			sequenceId: 1,
			additionalFields: { startFrom: bad('2030-05-01T09:00:00Z', 'next Monday') },
		}),
		message: ['Start From', '"next Monday"'],
	},
	{
		name: 'Add Note with an empty note',
		resource: 'contact',
		operation: 'addNote',
		parameters: (f) => ({ contactId: byId(f.contacts[0]), notes: bad('Called, left a message', '') }),
		message: ['Notes', 'is required'],
	},
	{
		name: 'Change Owner with a non-numeric user id',
		resource: 'contact',
		operation: 'changeOwner',
		parameters: (f) => ({ contactIds: contactIds(f), userId: bad(2, 'alex') }),
		message: ['New Owner ID', '"alex"', 'is not a whole number'],
	},
	// Contact › Filter
	{
		name: 'filter rule without a property',
		resource: 'contact',
		operation: 'filter',
		parameters: () => ({ returnAll: true, rules: { values: [{ property: bad('email', ''), condition: 'Contains', value: 'acme' }] } }),
		message: ['Rules [1] › Property', 'is required'],
	},
	{
		name: 'filter with a non-numeric list id',
		resource: 'contact',
		operation: 'filter',
		parameters: (f) => ({ returnAll: true, options: { listId: bad(f.contactList, 'Hot Leads') } }),
		message: ['List ID', '"Hot Leads"', 'is not a whole number'],
	},
	// Contact › Create or Update (lookup by email, then PATCH or POST: two requests per good item)
	{
		name: 'Create or Update with an invalid email (no lookup either)',
		resource: 'contact',
		operation: 'upsert',
		parameters: () => ({ email: each('a@acme.com', 'jane@acme', 'c@acme.com') }),
		message: ['Email', '"jane@acme"', 'is not a valid email address'],
		requestsPerGoodItem: 2,
	},
	{
		name: 'Create or Update with neither email nor LinkedIn URL',
		resource: 'contact',
		operation: 'upsert',
		parameters: () => ({ email: each('a@acme.com', '', 'c@acme.com'), additionalFields: { firstName: 'Nobody' } }),
		message: ['Email or LinkedIn URL is required: fill in at least one of them'],
		requestsPerGoodItem: 2,
	},
	// Contact › Import (all good items in one import request)
	{
		name: 'Import without a first name',
		resource: 'contact',
		operation: 'import',
		batched: true,
		parameters: () => ({ email: each('a@acme.com', 'b@acme.com', 'c@acme.com'), firstName: bad('Ann', '') }),
		message: ['First Name', 'is required'],
	},
	{
		name: 'Import with an invalid email',
		resource: 'contact',
		operation: 'import',
		batched: true,
		parameters: () => ({ email: each('a@acme.com', 'b-at-acme.com', 'c@acme.com'), firstName: 'Ann' }),
		message: ['Email', '"b-at-acme.com"', 'is not a valid email address'],
	},
	{
		name: 'Import with a company size not in the list',
		resource: 'contact',
		operation: 'import',
		batched: true,
		parameters: () => ({
			email: each('a@acme.com', 'b@acme.com', 'c@acme.com'),
			firstName: 'Ann',
			additionalFields: { companySize: bad('Ten', '2-10') },
		}),
		message: ['Company Size', '"2-10"', 'is not one of the allowed values: Empty, SelfEmployed, Ten'],
	},
	// Contact Account
	{
		name: 'account without a name',
		resource: 'contactAccount',
		operation: 'create',
		parameters: () => ({ name: each('Alpha', '', 'Gamma') }),
		message: ['Name', 'is required'],
	},
	{
		name: 'account company size not in the list',
		resource: 'contactAccount',
		operation: 'create',
		parameters: () => ({ name: each('Alpha', 'Beta', 'Gamma'), additionalFields: { companySize: bad('11-50', 'Fifty') } }),
		message: ['Company Size', '"Fifty"', 'is not one of the allowed values: Empty, SelfEmployed, 2-10, 11-50'],
	},
	{
		name: 'account update with a company size not in the list (nothing read or written)',
		resource: 'contactAccount',
		operation: 'update',
		parameters: (f) => ({ accountId: byId(f.accounts[0]), updateFields: { companySize: bad('2-10', 'huge') } }),
		message: ['Company Size', '"huge"', 'is not one of the allowed values'],
		requestsPerGoodItem: 2,
	},
	{
		name: 'account update with a non-numeric owner',
		resource: 'contactAccount',
		operation: 'update',
		parameters: (f) => ({ accountId: byId(f.accounts[0]), updateFields: { ownerUserId: bad(2, 'Sam') } }),
		message: ['Owner ID', '"Sam"', 'is not a whole number'],
		requestsPerGoodItem: 2,
	},
	{
		name: 'account update with a non-numeric account id',
		resource: 'contactAccount',
		operation: 'update',
		parameters: (f) => ({ accountId: byId(bad(f.accounts[0], 'acme')), updateFields: { city: 'Oslo' } }),
		message: ['Contact Account', '"acme"', 'is not a Reply.io ID', '1 to 2147483647'],
		requestsPerGoodItem: 2,
	},
	{
		name: 'account filter with 21 conditions (max 20)',
		resource: 'contactAccount',
		operation: 'filter',
		parameters: () => ({
			returnAll: true,
			filters: { values: Array.from({ length: 21 }, () => ({ property: 'Name', condition: 'IsNotNull', values: '' })) },
		}),
		message: ['Filters', 'allows at most 20 values per request, got 21'],
		allItemsBad: true,
	},
	{
		name: 'account filter with an unknown property',
		resource: 'contactAccount',
		operation: 'filter',
		parameters: () => ({ returnAll: true, filters: { values: [{ property: bad('Name', 'Revenue'), condition: 'Equals', values: 'Acme' }] } }),
		message: ['Filters [1] › Property', '"Revenue"', 'is not one of the allowed values: OwnerId, Name'],
	},
	{
		name: 'account filter with an unknown condition',
		resource: 'contactAccount',
		operation: 'filter',
		parameters: () => ({ returnAll: true, filters: { values: [{ property: 'Name', condition: bad('Equals', 'Contains'), values: 'Acme' }] } }),
		message: ['Filters [1] › Condition', '"Contains"', 'is not one of the allowed values: Equals, NotEquals, In'],
	},
	{
		name: 'account filter with a text value for a numeric property',
		resource: 'contactAccount',
		operation: 'filter',
		parameters: () => ({ returnAll: true, filters: { values: [{ property: 'OwnerId', condition: 'Equals', values: bad('1', 'alex') }] } }),
		message: ['Filters [1] › Values', '"alex"', 'is not a number (OwnerId compares numbers)'],
	},
	{
		name: 'account filter with a date that is not a date',
		resource: 'contactAccount',
		operation: 'filter',
		parameters: () => ({
			returnAll: true,
			filters: { values: [{ property: 'CreatedDate', condition: 'GreaterThan', values: bad('2024-01-01', 'last week') }] },
		}),
		message: ['Filters [1] › Values', '"last week"', 'is not a date (use ISO 8601'],
	},
	{
		name: 'account filter with no value for Equals',
		resource: 'contactAccount',
		operation: 'filter',
		parameters: () => ({ returnAll: true, filters: { values: [{ property: 'Name', condition: 'Equals', values: bad('Acme', '') }] } }),
		message: ['Filters [1] › Values', 'needs a value for the condition Equals'],
	},
	{
		name: 'account filter sort direction not in the list',
		resource: 'contactAccount',
		operation: 'filter',
		parameters: () => ({ returnAll: true, options: { sortDirection: bad('asc', 'up') } }),
		message: ['Sort Direction', '"up"', 'is not one of the allowed values: asc, desc'],
	},
	{
		name: 'Create Many with malformed JSON',
		resource: 'contactAccount',
		operation: 'createMany',
		batched: true,
		parameters: () => ({ items: each('[{"name":"A1"}]', '[{"name": "Acme"', '[{"name":"C1"}]') }),
		message: ['Accounts', '"[{\\"name\\": \\"Acme\\""', 'is not valid JSON (', 'JSON'],
	},
	{
		name: 'Create Many with 101 accounts in one item (max 100)',
		resource: 'contactAccount',
		operation: 'createMany',
		batched: true,
		parameters: () => ({
			items: each(
				'[{"name":"A1"}]',
				JSON.stringify(Array.from({ length: 101 }, (_, i) => ({ name: `Bulk ${i}` }))),
				'[{"name":"C1"}]',
			),
		}),
		message: ['Accounts', 'allows at most 100 values per request, got 101'],
	},
	{
		name: 'Create Many with an account without a name',
		resource: 'contactAccount',
		operation: 'createMany',
		batched: true,
		parameters: () => ({ items: each('[{"name":"A1"}]', '[{"name":"B1"},{"city":"Oslo"}]', '[{"name":"C1"}]') }),
		message: ['Accounts [2] › Name', 'is required'],
	},
	{
		name: 'Create Many with a field accounts do not have',
		resource: 'contactAccount',
		operation: 'createMany',
		batched: true,
		parameters: () => ({ items: each('[{"name":"A1"}]', '[{"name":"B1","ownerUserId":2}]', '[{"name":"C1"}]') }),
		message: ['Accounts [1] › ownerUserId', 'is not a field this endpoint accepts'],
	},
	{
		name: 'account Delete Many with 1001 ids in one item (max 1000)',
		resource: 'contactAccount',
		operation: 'deleteMany',
		batched: true,
		parameters: (f) => ({ ids: each(String(f.accounts[0]), numbers(1001, 100000), String(f.accounts[1])) }),
		message: ['IDs', 'allows at most 1000 values per request, got 1001'],
	},
	{
		name: 'account Delete Many with a negative id',
		resource: 'contactAccount',
		operation: 'deleteMany',
		batched: true,
		parameters: (f) => ({ ids: each(String(f.accounts[0]), `${f.accounts[1]}, -1`, String(f.accounts[1])) }),
		message: ['IDs [2]', '-1 is below the minimum of 1'],
	},
	{
		name: 'Link Contacts with an empty id list',
		resource: 'contactAccount',
		operation: 'linkContacts',
		batched: true,
		parameters: (f) => ({ accountId: byId(f.accounts[0]), contactIds: bad(contactIds(f), ',') }),
		message: ['Contact IDs', 'needs at least 1 value, got 0'],
	},
	{
		name: 'Link Contacts with 1001 ids in one item (max 1000)',
		resource: 'contactAccount',
		operation: 'linkContacts',
		batched: true,
		parameters: (f) => ({ accountId: byId(f.accounts[0]), contactIds: bad(contactIds(f), numbers(1001, 100000)) }),
		message: ['Contact IDs', 'allows at most 1000 values per request, got 1001'],
	},
	// Contact List / Account List / Custom Field
	{
		name: 'contact list name under 2 characters',
		resource: 'contactList',
		operation: 'create',
		parameters: () => ({ name: each('Warm Leads', 'X', 'Cold Leads') }),
		message: ['Name', '"X"', 'is shorter than 2 characters'],
	},
	{
		name: 'Add Contacts with a non-numeric id',
		resource: 'contactList',
		operation: 'addContacts',
		batched: true,
		parameters: (f) => ({ contactListId: byId(f.contactList), contactIds: bad(contactIds(f), `${f.contacts[0]}, jane@acme.com`) }),
		message: ['Contact IDs [2]', '"jane@acme.com"', 'is not a whole number'],
	},
	{
		name: 'Move Contacts with id 0',
		resource: 'contactList',
		operation: 'moveContacts',
		batched: true,
		parameters: (f) => ({ contactListId: byId(f.contactList), contactIds: bad(String(f.contacts[0]), '0') }),
		message: ['Contact IDs [1]', '0 is below the minimum of 1'],
	},
	{
		name: 'contact list get with a non-numeric id',
		resource: 'contactList',
		operation: 'get',
		parameters: (f) => ({ contactListId: byId(bad(f.contactList, 'Hot Leads')) }),
		message: ['Contact List', '"Hot Leads"', 'is not a Reply.io ID'],
	},
	{
		name: 'account list name over 128 characters',
		resource: 'accountList',
		operation: 'create',
		parameters: () => ({ name: each('Targets A', 'T'.repeat(129), 'Targets C') }),
		message: ['Name', 'is longer than 128 characters (129)'],
	},
	{
		name: 'account list name under 3 characters',
		resource: 'accountList',
		operation: 'create',
		parameters: () => ({ name: each('Targets A', 'AB', 'Targets C') }),
		message: ['Name', '"AB"', 'is shorter than 3 characters'],
	},
	{
		name: 'Add Accounts with 1001 ids in one item (max 1000)',
		resource: 'accountList',
		operation: 'addAccounts',
		batched: true,
		parameters: (f) => ({ accountListId: byId(f.accountList), accountIds: bad(String(f.accounts[0]), numbers(1001, 100000)) }),
		message: ['Account IDs', 'allows at most 1000 values per request, got 1001'],
	},
	{
		name: 'custom field title over 90 characters',
		resource: 'customField',
		operation: 'create',
		parameters: () => ({ title: each('Lead Source A', 'T'.repeat(91), 'Lead Source C'), fieldType: 'text' }),
		message: ['Title', 'is longer than 90 characters (91)'],
	},
	{
		name: 'custom field type not in the list',
		resource: 'customField',
		operation: 'create',
		parameters: () => ({ title: each('Birthday A', 'Birthday B', 'Birthday C'), fieldType: bad('text', 'date') }),
		message: ['Field Type', '"date"', 'is not one of the allowed values: text, number'],
	},
	{
		name: 'custom field update with an empty title',
		resource: 'customField',
		operation: 'update',
		parameters: (f) => ({ customFieldId: byId(f.customField), title: bad('Source', ''), fieldType: 'text' }),
		message: ['Title', 'is required'],
	},
	{
		name: 'custom field delete with a negative id',
		resource: 'customField',
		operation: 'delete',
		parameters: (f) => ({ customFieldId: byId(each(f.customField, '-1', f.customField + 1)) }),
		message: ['Custom Field', '"-1"', 'is not a Reply.io ID'],
	},
];

function setUpFixture(): Fixture {
	const store = api.sandbox.store;
	const contacts = [store.addContact({ email: 'one@acme.com' }).id, store.addContact({ email: 'two@acme.com' }).id];
	const accounts = [store.addAccount({ name: 'Acme' }).id, store.addAccount({ name: 'Globex' }).id];
	const contactList = store.addContactList({ name: 'Hot Leads', contactIds: contacts }).id;
	const accountList = store.addAccountList({ name: 'Targets' }).id;
	const customField = store.addCustomField({ title: 'leadSource' }).id;
	store.addCustomField({ title: 'Second Field' });
	return { contacts, accounts, contactList, accountList, customField };
}

const errorOf = (item: INodeExecutionData) => item.error as (Error & { context?: { itemIndex?: number } }) | undefined;

describe('bad input fails that item before anything is sent', () => {
	it('covers at least 40 rows', () => {
		expect(rows.length).toBeGreaterThanOrEqual(40);
		expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
	});

	it.each(rows.map((row) => [`${row.resource} › ${row.operation}: ${row.name}`, row] as const))('%s', async (_title, row) => {
		const fixture = setUpFixture();
		const output = await runNode({
			parameters: { resource: row.resource, operation: row.operation, ...row.parameters(fixture) } as never,
			credentials: api.credentials,
			items: [{ json: {} }, { json: {} }, { json: {} }],
			continueOnFail: true,
		});

		const badIndexes = row.allItemsBad ? [0, 1, 2] : [1];
		const failures = output.map(errorOf).filter((e): e is NonNullable<typeof e> => e !== undefined);
		expect(failures.map((e) => e.context?.itemIndex)).toEqual(badIndexes);
		for (const error of failures) {
			expect(error).toBeInstanceOf(NodeOperationError);
			for (const part of row.message) expect(error.message).toContain(part);
			expect((error as { description?: string }).description).toMatch(/Nothing was sent to Reply\.io|No request was sent/);
		}

		// Items in = items out: the good items (0 and 2) went through, and only they reached the sandbox.
		const goodItems = 3 - badIndexes.length;
		expect(output.filter((o) => !o.error).length).toBeGreaterThanOrEqual(goodItems);
		if (output.length === 3) expect(output.map((o) => Boolean(o.error))).toEqual([0, 1, 2].map((i) => badIndexes.includes(i)));
		expect(api.sandbox.requests.every((r) => r.status < 400)).toBe(true);
		expect(api.sandbox.requests).toHaveLength(row.batched ? 1 : goodItems * (row.requestsPerGoodItem ?? 1));
		if (row.batched) {
			// The one request carries only the good items' records (ids, or import rows), none of the bad item's.
			const records = Object.values(api.sandbox.requests[0].body as Record<string, unknown>).find(Array.isArray) as unknown[];
			expect(records.length).toBeGreaterThan(0);
			if (row.operation === 'import' || row.operation === 'createMany') expect(records).toHaveLength(2);
			for (const record of records) {
				if (typeof record === 'number') expect([...fixture.contacts, ...fixture.accounts]).toContain(record);
				else {
					const { email, name } = record as { email?: string; name?: string };
					expect(['a@acme.com', 'c@acme.com', 'A1', 'C1']).toContain(email ?? name);
				}
			}
		}
	});
});
