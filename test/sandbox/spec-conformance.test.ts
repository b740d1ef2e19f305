import { OpenApiSpec } from '../../sandbox/openapi';
import { Router } from '../../sandbox/router';
import { allRoutes } from '../../sandbox/routes';
import { seedSampleData } from '../../sandbox/seed';
import { createSandbox, DEFAULT_SPEC_PATH, type Sandbox } from '../../sandbox/server';
import { client } from './client';

/** The sandbox against spec/reply.openapi.yaml: coverage, schema health, and response shapes. */

const warnings: string[] = [];
const spec = OpenApiSpec.load(DEFAULT_SPEC_PATH, warnings);
const router = new Router(allRoutes);
const shape = (t: string) => t.replace(/\{[^}]+\}/g, '{}');

const describeWithSpec = spec ? describe : describe.skip;

describeWithSpec('sandbox vs spec', () => {
	let sb: Sandbox;
	let call: ReturnType<typeof client>;
	/** Every exchange made through `call`, for checking the response bodies against the spec afterwards. */
	const log: {
		method: string;
		url: string;
		path: string;
		requestBody: unknown;
		status: number;
		body: unknown;
	}[] = [];

	beforeAll(async () => {
		sb = await createSandbox({ rateLimit: false });
		const send = client(sb);
		call = (async (method: string, url: string, options?: { body?: unknown }) => {
			const res = await send(method, url, options);
			log.push({
				method,
				url,
				path: url.split('?')[0],
				requestBody: options?.body,
				status: res.status,
				body: res.body,
			});
			return res;
		}) as typeof call;
	});
	afterAll(() => sb.close());

	it('compiles every request schema without warnings', () => {
		spec!.precompile();
		expect(warnings).toEqual([]);
	});

	it('serves every operation the spec describes', () => {
		const missing = spec!.operationList
			.filter(
				(op) =>
					!allRoutes.some(
						(r) => r.method === op.method.toUpperCase() && shape(r.path) === shape(op.template),
					),
			)
			.map((op) => `${op.method.toUpperCase()} ${op.template} (${op.operationId})`);
		expect(missing).toEqual([]);
	});

	it('uses the spec operationId for every route the spec describes', () => {
		const mismatched = allRoutes.flatMap((r) => {
			const op = spec!.find(r.method, r.path);
			return op && op.operationId !== r.operationId
				? [`${r.method} ${r.path}: ${r.operationId} vs ${op.operationId}`]
				: [];
		});
		expect(mismatched).toEqual([]);
	});

	it('answers with bodies that match the documented response schemas', async () => {
		const data = seedSampleData(sb);
		const [contactId, otherContactId] = data.contactIds;
		const [accountId] = data.accountIds;
		const [listId] = data.contactListIds;
		const [accountListId] = data.accountListIds;
		const [fieldId] = data.customFieldIds;

		await call('GET', '/v3/contacts?top=5');
		await call('POST', '/v4/contacts', {
			body: { email: 'new.person@example.com', firstName: 'New', companySize: 'Fifty' },
		});
		await call('GET', `/v3/contacts/${contactId}`);
		await call('PATCH', `/v3/contacts/${contactId}`, {
			body: { title: 'Chief Revenue Officer', callStatus: 'called' },
		});
		await call('POST', '/v3/contacts/import', {
			body: { items: [{ email: 'imp@example.com', firstName: 'Imp' }, { lastName: 'NoFirst' }] },
		});
		await call('POST', '/v3/contacts/filter?top=3', {
			body: { rules: [{ property: 'country', condition: 'Equals', value: 'United States' }] },
		});
		await call('GET', `/v3/contacts/${contactId}/sequences`);
		await call('GET', `/v3/contacts/${contactId}/activities`);
		await call('GET', `/v3/contacts/${contactId}/statuses`);
		await call('GET', `/v3/contacts/${contactId}/lists`);
		await call('POST', '/v3/contacts/set-replied', {
			body: { contactIds: [contactId, 99999], isReplied: true },
		});
		await call('POST', '/v3/contacts/set-bounced', {
			body: { contactIds: [contactId], isBounced: false, resendEmails: true },
		});
		await call('POST', '/v3/contacts/set-status-in-sequence', {
			body: { contactIds: [contactId], statusInSequence: 'paused' },
		});
		await call('PUT', '/v3/contacts/owner', { body: { contactIds: [contactId], userId: 2 } });
		await call('POST', `/v3/contacts/${contactId}/notes`, {
			body: { notes: 'Spoke on the phone.' },
		});
		await call('POST', `/v3/contacts/${otherContactId}/move-to-sequence`, {
			body: { sequenceId: 3 },
		});

		await call('GET', '/v3/contact-accounts?top=3&sort_by=name');
		const created = await call('POST', '/v3/contact-accounts', {
			body: { name: 'Spec Co', companySize: '11-50' },
		});
		await call('GET', `/v3/contact-accounts/${accountId}`);
		await call('PUT', `/v3/contact-accounts/${created.body.id}`, {
			body: { name: 'Spec Co Ltd', ownerUserId: 1 },
		});
		await call('POST', '/v3/contact-accounts/filter', {
			body: { filters: [{ property: 'Industry', condition: 'Equals', values: ['Software'] }] },
		});
		await call('POST', '/v3/contact-accounts/bulk', {
			body: { items: [{ name: 'Bulk One' }, { name: 'Bulk Two' }] },
		});
		await call('PUT', `/v3/contact-accounts/${accountId}/owner`, { body: { userId: 3 } });
		await call('GET', `/v3/contact-accounts/${accountId}/contacts`);
		await call('POST', `/v3/contact-accounts/${accountId}/contact-links/bulk`, {
			body: { contactIds: [otherContactId, 99999] },
		});
		await call('POST', `/v3/contact-accounts/${accountId}/contact-links/bulk-delete`, {
			body: { contactIds: [otherContactId] },
		});
		await call('POST', '/v3/contact-accounts/bulk-delete', {
			body: { ids: [created.body.id, 99999] },
		});

		await call('GET', '/v3/contact-account-lists');
		const accountList = await call('POST', '/v3/contact-account-lists', {
			body: { name: 'Spec Accounts' },
		});
		await call('GET', `/v3/contact-account-lists/${accountListId}`);
		await call('PUT', `/v3/contact-account-lists/${accountList.body.id}`, {
			body: { name: 'Spec Accounts 2' },
		});
		await call('POST', `/v3/contact-account-lists/${accountListId}/add-accounts`, {
			body: { accountIds: [accountId, 99999] },
		});
		await call('POST', `/v3/contact-account-lists/${accountList.body.id}/move-accounts`, {
			body: { accountIds: [accountId] },
		});

		await call('GET', '/v3/contact-lists');
		const list = await call('POST', '/v3/contact-lists', { body: { name: 'Spec List' } });
		await call('GET', `/v3/contact-lists/${listId}`);
		await call('PUT', `/v3/contact-lists/${list.body.id}`, { body: { name: 'Spec List 2' } });
		await call('POST', `/v3/contact-lists/${list.body.id}/share`);
		await call('POST', `/v3/contact-lists/${listId}/add-contacts`, {
			body: { contactIds: [contactId, 99999] },
		});
		await call('POST', `/v3/contact-lists/${list.body.id}/move-contacts`, {
			body: { contactIds: [contactId] },
		});

		await call('GET', '/v3/custom-fields');
		const field = await call('POST', '/v3/custom-fields', {
			body: { title: 'region', fieldType: 'text' },
		});
		await call('GET', `/v3/custom-fields/${fieldId}`);
		await call('PUT', `/v3/custom-fields/${field.body.id}`, {
			body: { title: 'salesRegion', fieldType: 'text' },
		});

		await call('GET', '/v3/sequences?isArchived=false&name=sales&sortBy=name&sortDirection=asc');
		await call('GET', '/v3/whoami/team-users');

		// Error responses are checked too.
		await call('GET', '/v3/contacts/99999');
		await call('GET', '/v3/contacts?top=0');
		await call('POST', '/v4/contacts', { body: { firstName: 'NoEmail' } });
		await call('POST', '/v3/custom-fields', { body: { title: 'region', fieldType: 'text' } });

		await call('DELETE', `/v3/custom-fields/${field.body.id}`);
		await call('POST', `/v3/contact-lists/${list.body.id}/unshare`);
		await call('DELETE', `/v3/contact-lists/${list.body.id}`);
		await call('DELETE', `/v3/contact-account-lists/${accountList.body.id}`);
		await call('DELETE', `/v3/contact-accounts/${accountId}`);
		await call('DELETE', `/v3/contacts/${contactId}`);
		await call('POST', '/v3/contacts/bulk-delete', { body: { ids: [otherContactId, 99999] } });

		const expectedErrors = /99999|top=0|NoEmail|"region"/;
		const unexpected = log.filter(
			(r) => r.status >= 400 && !expectedErrors.test(r.url + JSON.stringify(r.requestBody ?? '')),
		);
		expect(unexpected.map((r) => `${r.method} ${r.url} → ${r.status}`)).toEqual([]);

		const problems: string[] = [];
		const covered = new Set<string | undefined>();
		for (const entry of log) {
			const { match } = router.match(entry.method, entry.path);
			const op = match && spec!.find(match.route.method, match.route.path, match.route.operationId);
			if (!op) continue;
			covered.add(op.operationId);
			for (const e of spec!.checkResponse(op, entry.status, entry.body))
				problems.push(`${entry.method} ${entry.path} ${entry.status}: ${e.pointer} ${e.detail}`);
		}
		expect(problems).toEqual([]);
		expect(
			spec!.operationList.map((op) => op.operationId).filter((id) => !covered.has(id)),
		).toEqual([]);
	});
});
