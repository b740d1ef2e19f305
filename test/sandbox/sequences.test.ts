import { createSandbox, type Sandbox } from '../../sandbox/server';
import { client } from './client';

/** The read-only endpoints behind the sequence and owner dropdowns. */
describe('sandbox sequences and team users', () => {
	let sb: Sandbox;
	let call: ReturnType<typeof client>;

	beforeAll(async () => {
		sb = await createSandbox({ rateLimit: false });
		call = client(sb);
	});
	afterAll(() => sb.close());
	beforeEach(() => sb.reset());

	const names = (body: { items: Array<{ name: string }> }) => body.items.map((s) => s.name);

	describe('GET /v3/sequences', () => {
		it('lists the fixed sequences newest first, in the documented item shape', async () => {
			const res = await call('GET', '/v3/sequences');
			expect(res.status).toBe(200);
			expect(names(res.body)).toEqual(['Re-engagement', 'Webinar Follow-up', 'Sales Outreach']);
			expect(res.body.hasMore).toBe(false);
			expect(res.body.items[2]).toEqual({
				id: 1,
				ownerUserId: 1,
				name: 'Sales Outreach',
				status: 'active',
				created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				isArchived: false,
				health: 'healthy',
			});
		});

		it('filters by name (partial, any case), status, owner and archive state', async () => {
			sb.store.addSequence({ name: 'Sales Archive', isArchived: true, status: 'paused' });
			expect(names((await call('GET', '/v3/sequences?name=SALES')).body)).toEqual(['Sales Archive', 'Sales Outreach']);
			expect(names((await call('GET', '/v3/sequences?name=sales&isArchived=false')).body)).toEqual(['Sales Outreach']);
			expect(names((await call('GET', '/v3/sequences?isArchived=true')).body)).toEqual(['Sales Archive']);
			expect(names((await call('GET', '/v3/sequences?status=paused')).body)).toEqual(['Sales Archive', 'Webinar Follow-up']);
			expect(names((await call('GET', '/v3/sequences?ownerUserId=2')).body)).toEqual(['Webinar Follow-up']);
		});

		it('sorts by name or status, pages with top/skip', async () => {
			expect(names((await call('GET', '/v3/sequences?sortBy=name')).body)).toEqual([
				'Re-engagement',
				'Sales Outreach',
				'Webinar Follow-up',
			]);
			expect(names((await call('GET', '/v3/sequences?sortBy=name&sortDirection=desc')).body)).toEqual([
				'Webinar Follow-up',
				'Sales Outreach',
				'Re-engagement',
			]);
			const page = await call('GET', '/v3/sequences?sortBy=name&top=2&skip=1');
			expect(names(page.body)).toEqual(['Sales Outreach', 'Webinar Follow-up']);
			expect(page.body.hasMore).toBe(false);
			expect((await call('GET', '/v3/sequences?top=2')).body.hasMore).toBe(true);
		});

		it('rejects a bad enum value, sortDirection without sortBy, and a bad page size', async () => {
			const status = await call('GET', '/v3/sequences?status=running');
			expect(status.status).toBe(400);
			expect(status.body.errors[0].pointer).toBe('status');
			const sort = await call('GET', '/v3/sequences?sortDirection=asc');
			expect(sort.status).toBe(400);
			expect(sort.body.code).toBe('sequence.invalidSort');
			expect((await call('GET', '/v3/sequences?top=0')).body.code).toBe('sequence.invalidPagination');
		});
	});

	describe('GET /v3/whoami/team-users', () => {
		it('one plain array: every team member with team, name and email; a user in two teams twice', async () => {
			sb.store.users.get(3)!.otherTeams = [{ id: 9, name: 'Partners' }];
			const res = await call('GET', '/v3/whoami/team-users');
			expect(res.status).toBe(200);
			expect(res.body).toEqual([
				{ teamId: 1, teamName: 'Sandbox Team', userId: 1, userName: 'Alex Morgan', userEmail: 'alex.morgan@example.com' },
				{ teamId: 1, teamName: 'Sandbox Team', userId: 2, userName: 'Jordan Lee', userEmail: 'jordan.lee@example.com' },
				{ teamId: 1, teamName: 'Sandbox Team', userId: 3, userName: 'Sam Patel', userEmail: 'sam.patel@example.com' },
				{ teamId: 9, teamName: 'Partners', userId: 3, userName: 'Sam Patel', userEmail: 'sam.patel@example.com' },
			]);
		});

		it('needs the API key like every other endpoint', async () => {
			expect((await call('GET', '/v3/whoami/team-users', { auth: 'none' })).status).toBe(401);
		});
	});
});
