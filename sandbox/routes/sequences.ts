import { SEQUENCE_LIST_STATUSES, type SequenceRecord } from '../models';
import { businessProblem } from '../problems';
import { ok, type Handler, type Route } from '../router';
import { SANDBOX_TEAM } from '../store';
import { paginate, sortBy } from './paging';

/**
 * Read-only endpoints the node's dropdowns use: sequences (GET /v3/sequences, paged and filtered)
 * and the users the key's owner works with (GET /v3/whoami/team-users, one plain array).
 */

const R = 'sequence';
const SORT_FIELDS = ['created', 'name', 'status'] as const;

function sequenceView(s: SequenceRecord) {
	return {
		id: s.id,
		ownerUserId: s.ownerUserId,
		name: s.name,
		status: s.status,
		created: s.created.toISOString(),
		isArchived: s.isArchived,
		health: s.health,
	};
}

const listSequences: Handler = (ctx) => {
	const { status, ownerUserId, isArchived, name, createdAfter, sortBy: sortField, sortDirection } = ctx.query;
	if (sortDirection && !sortField)
		throw businessProblem(400, `${R}.invalidSort`, 'sortDirection requires sortBy.');
	let all = [...ctx.store.sequences.values()];
	if (status && (SEQUENCE_LIST_STATUSES as readonly string[]).includes(status)) all = all.filter((s) => s.status === status);
	if (ownerUserId) all = all.filter((s) => s.ownerUserId === Number(ownerUserId));
	if (isArchived === 'true' || isArchived === 'false') all = all.filter((s) => s.isArchived === (isArchived === 'true'));
	if (name) all = all.filter((s) => s.name.toLowerCase().includes(name.trim().toLowerCase()));
	if (createdAfter) all = all.filter((s) => s.created.getTime() > Date.parse(createdAfter));
	// Creation date, newest first, unless sorted otherwise (name and status ascending by default).
	const field = (SORT_FIELDS as readonly string[]).includes(sortField ?? '') ? (sortField as (typeof SORT_FIELDS)[number]) : 'created';
	const direction = sortDirection === 'asc' || sortDirection === 'desc' ? sortDirection : field === 'created' ? 'desc' : 'asc';
	all = sortBy(all, (s) => s[field], direction);
	const page = paginate(ctx, R, all);
	return ok({ items: page.items.map(sequenceView), hasMore: page.hasMore });
};

const listTeamUsers: Handler = (ctx) =>
	ok(
		[...ctx.store.users.values()].flatMap((u) =>
			[SANDBOX_TEAM, ...(u.otherTeams ?? [])].map((team) => ({
				teamId: team.id,
				teamName: team.name,
				userId: u.id,
				userName: u.name,
				userEmail: u.email,
			})),
		),
	);

export const sequenceRoutes: Route[] = [
	{ method: 'GET', path: '/v3/sequences', operationId: 'GetSequences', resource: R, list: true, handle: listSequences },
	{
		method: 'GET',
		path: '/v3/whoami/team-users',
		operationId: 'WhoamiTeamUsers',
		resource: 'workspace',
		list: true,
		handle: listTeamUsers,
	},
];
