import type { AccountCompanySize, ContactCompanySize } from './models';
import type { Store } from './store';

/** Realistic sample data for demos: 8 accounts, 36 contacts, 2 contact lists, 1 account list, 2 custom fields. */

interface SampleAccount {
	name: string;
	domainName: string;
	industry: string;
	companySize: AccountCompanySize;
	country: string;
	state: string;
	city: string;
	timeZoneId: string;
}

const ACCOUNTS: SampleAccount[] = [
	{
		name: 'Northwind Analytics',
		domainName: 'northwind-analytics.com',
		industry: 'Software',
		companySize: '51-200',
		country: 'United States',
		state: 'CA',
		city: 'San Francisco',
		timeZoneId: 'America/Los_Angeles',
	},
	{
		name: 'Bluepeak Logistics',
		domainName: 'bluepeak.io',
		industry: 'Logistics',
		companySize: '201-500',
		country: 'United States',
		state: 'IL',
		city: 'Chicago',
		timeZoneId: 'America/Chicago',
	},
	{
		name: 'Helios Health',
		domainName: 'helioshealth.com',
		industry: 'Healthcare',
		companySize: '1001-5000',
		country: 'United States',
		state: 'MA',
		city: 'Boston',
		timeZoneId: 'America/New_York',
	},
	{
		name: 'Quarry & Co',
		domainName: 'quarryco.co.uk',
		industry: 'Construction',
		companySize: '11-50',
		country: 'United Kingdom',
		state: 'England',
		city: 'London',
		timeZoneId: 'Europe/London',
	},
	{
		name: 'Lumen Retail',
		domainName: 'lumenretail.de',
		industry: 'Retail',
		companySize: '501-1000',
		country: 'Germany',
		state: 'Berlin',
		city: 'Berlin',
		timeZoneId: 'Europe/Berlin',
	},
	{
		name: 'Tidewater Finance',
		domainName: 'tidewaterfinance.com',
		industry: 'Financial Services',
		companySize: '5001-10000',
		country: 'United States',
		state: 'NY',
		city: 'New York',
		timeZoneId: 'America/New_York',
	},
	{
		name: 'Copperleaf Studios',
		domainName: 'copperleaf.studio',
		industry: 'Media',
		companySize: '2-10',
		country: 'Canada',
		state: 'ON',
		city: 'Toronto',
		timeZoneId: 'America/Toronto',
	},
	{
		name: 'Arcadia Robotics',
		domainName: 'arcadiarobotics.ai',
		industry: 'Manufacturing',
		companySize: '10001+',
		country: 'Japan',
		state: 'Tokyo',
		city: 'Tokyo',
		timeZoneId: 'Asia/Tokyo',
	},
];

const PEOPLE = [
	['Maya', 'Chen'],
	['Liam', 'OConnor'],
	['Priya', 'Raman'],
	['Noah', 'Fischer'],
	['Elena', 'Rossi'],
	['Omar', 'Haddad'],
	['Grace', 'Kim'],
	['Lucas', 'Silva'],
	['Hannah', 'Weber'],
	['Diego', 'Morales'],
	['Aisha', 'Bello'],
	['Ethan', 'Brooks'],
	['Sofia', 'Novak'],
	['Kenji', 'Tanaka'],
	['Chloe', 'Martin'],
	['Ravi', 'Kapoor'],
	['Isla', 'Murray'],
	['Mateo', 'Garcia'],
	['Zara', 'Ahmed'],
	['Felix', 'Bauer'],
	['Nora', 'Lindqvist'],
	['Samuel', 'Adeyemi'],
	['Leah', 'Goldberg'],
	['Hugo', 'Laurent'],
	['Ava', 'Thompson'],
	['Yusuf', 'Demir'],
	['Mia', 'Johansson'],
	['Caleb', 'Wright'],
	['Lina', 'Nguyen'],
	['Oscar', 'Petrov'],
	['Ruby', 'Sato'],
	['Arjun', 'Mehta'],
	['Ella', 'Dubois'],
	['Jonas', 'Berg'],
	['Layla', 'Hassan'],
	['Theo', 'Walsh'],
] as const;

const TITLES = [
	'VP of Sales',
	'Head of Marketing',
	'Chief Technology Officer',
	'Procurement Manager',
	'Director of Operations',
	'Revenue Operations Lead',
];

const LEAD_SOURCES = ['Conference', 'Webinar', 'Referral', 'Inbound', 'Outbound'];

// Same size band, contact spelling (see the reference's companySize table).
const CONTACT_SIZE: Record<AccountCompanySize, ContactCompanySize> = {
	Empty: 'Empty',
	SelfEmployed: 'SelfEmployed',
	'2-10': 'Ten',
	'11-50': 'Fifty',
	'51-200': 'TwoHundred',
	'201-500': 'FiveHundred',
	'501-1000': 'OneThousand',
	'1001-5000': 'FiveThousand',
	'5001-10000': 'TenThousand',
	'10001+': 'OverTenThousand',
};

const DAY = 86_400_000;

export interface SampleDataSummary {
	accountIds: number[];
	contactIds: number[];
	contactListIds: number[];
	accountListIds: number[];
	customFieldIds: number[];
}

/** Fills the store of a running sandbox (or a bare Store) with deterministic, realistic records. */
export function seedSampleData(target: { store: Store } | Store): SampleDataSummary {
	const store = 'store' in target ? target.store : target;
	const now = store.now().getTime();
	const daysAgo = (n: number) => new Date(now - n * DAY);

	const leadSource = store.addCustomField({
		title: 'leadSource',
		fieldType: 'text',
		metadata: LEAD_SOURCES.join(','),
	});
	const dealSize = store.addCustomField({ title: 'dealSize', fieldType: 'number' });

	const accounts = ACCOUNTS.map((a, i) =>
		store.addAccount({
			...a,
			description: `${a.name} is a ${a.industry.toLowerCase()} company based in ${a.city}.`,
			linkedInUrl: `https://www.linkedin.com/company/${a.domainName.split('.')[0]}`,
			email: `info@${a.domainName}`,
			ownerUserId: (i % 3) + 1,
			stage: i % 3 === 0 ? { id: 1, name: 'Prospecting', colorId: 2 } : null,
			createdDate: daysAgo(120 - i * 7),
			lastActivityDate: daysAgo(i * 2),
		}),
	);

	const contacts = PEOPLE.map(([firstName, lastName], i) => {
		const account = accounts[i % accounts.length];
		const sample = ACCOUNTS[i % ACCOUNTS.length];
		const customFields = [{ key: leadSource.title, value: LEAD_SOURCES[i % LEAD_SOURCES.length] }];
		if (i % 3 === 0) customFields.push({ key: dealSize.title, value: String(10_000 + i * 2_500) });
		const created = daysAgo(90 - i * 2);
		return store.addContact({
			email: `${firstName}.${lastName}@${sample.domainName}`.toLowerCase(),
			firstName,
			lastName,
			title: TITLES[i % TITLES.length],
			company: account.name,
			companySize: CONTACT_SIZE[sample.companySize],
			industry: sample.industry,
			city: sample.city,
			state: sample.state,
			country: sample.country,
			timeZoneId: sample.timeZoneId,
			phone: i % 2 === 0 ? `+1-555-01${String(i).padStart(2, '0')}` : null,
			phoneStatus: i % 2 === 0 ? 'valid' : null,
			linkedInUrl: `https://www.linkedin.com/in/${firstName}-${lastName}`.toLowerCase(),
			ownerUserId: (i % 3) + 1,
			accountId: account.id,
			isOptedOut: i === 35,
			callStatus: i % 7 === 0 ? 'toCall' : 'none',
			meetingStatus: i % 11 === 0 ? 'meetingBooked' : 'none',
			addingDate: created,
			createdAt: created,
			lastModifiedAt: daysAgo(Math.max(0, 30 - i)),
			customFields,
		});
	});

	for (const c of contacts) store.logActivity(c.id, 'contactAdded', { source: 'seed' });
	contacts.slice(0, 12).forEach((c, i) => {
		const enrollment = store.enroll(c.id, 1, { currentStepId: 101 + (i % 3), emailAccountId: 501 });
		if (i % 4 === 1) enrollment.status = 'paused';
		if (i % 5 === 2) Object.assign(enrollment, { status: 'finished', isReplied: true });
	});
	contacts.slice(12, 18).forEach((c) => store.enroll(c.id, 2, { emailAccountId: 502 }));
	store.logActivity(contacts[0].id, 'note', { text: 'Asked for pricing for 50 seats.' });

	const hotLeads = store.addContactList({
		name: 'Hot Leads',
		contactIds: contacts.slice(0, 8).map((c) => c.id),
	});
	const conference = store.addContactList({
		name: 'SaaS Conference 2024',
		isShared: true,
		contactIds: contacts.filter((_, i) => i % 3 === 0).map((c) => c.id),
	});
	const targets = store.addAccountList({
		name: 'Target Accounts Q3',
		accountIds: accounts.slice(0, 4).map((a) => a.id),
	});

	return {
		accountIds: accounts.map((a) => a.id),
		contactIds: contacts.map((c) => c.id),
		contactListIds: [hotLeads.id, conference.id],
		accountListIds: [targets.id],
		customFieldIds: [leadSource.id, dealSize.id],
	};
}
