import type { Kysely } from 'kysely';
import { mayDo } from '../../shared/authz/permissions';
import type { Assignee } from '../../shared/cases/case-assignment.schema';
import type { Role } from '../../shared/users/user.schema';
import { teams } from '../authz/organisation';
import { canSeeCase, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { knownRoles } from '../users/user.service';

type UserRow = { id: string; name: string; roles: string; team: string | null };

// Service agents and managers see every case they own (see visibility.ts); a
// relationship manager sees a case through its client, so owning it is not enough.
const ownershipGrantsSight: readonly Role[] = ['service_agent', 'manager'];

function viewerOf(row: UserRow): Viewer {
  return { id: row.id, roles: knownRoles(JSON.parse(row.roles) as string[]), team: row.team };
}

/** Whether someone may own a case: they may work cases, and as its owner they would see it. */
export async function mayOwnCase(
  db: Kysely<Database>,
  user: UserRow,
  caseId: string,
): Promise<boolean> {
  const viewer = viewerOf(user);
  if (!mayDo(viewer.roles, 'case.update')) return false;
  if (viewer.roles.some((role) => ownershipGrantsSight.includes(role))) return true;
  return canSeeCase(db, viewer, caseId);
}

/** The teams a case's work belongs to: those working its queue, their overseers, and its client's. */
function teamsOfCase(queue: string, clientTeam: string | null): string[] {
  const working = Object.entries(teams)
    .filter(([, team]) => team.queues.includes(queue))
    .map(([name]) => name);
  const overseeing = Object.entries(teams)
    .filter(([, team]) => team.oversees.some((name) => working.includes(name)))
    .map(([name]) => name);
  return [...new Set([...working, ...overseeing, ...(clientTeam ? [clientTeam] : [])])];
}

/**
 * The people a case may be assigned to, by name: members of the teams its work
 * belongs to, plus its client's relationship manager, who pass `mayOwnCase`.
 */
export async function assigneesOfCase(
  db: Kysely<Database>,
  caseId: string,
): Promise<Assignee[] | undefined> {
  const found = await db
    .selectFrom('cases')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .innerJoin('users as client_owner', 'client_owner.id', 'clients.owner_id')
    .select(['cases.queue', 'clients.owner_id', 'client_owner.team as client_team'])
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  if (!found) return undefined;
  const teamNames = teamsOfCase(found.queue, found.client_team);
  const candidates = await db
    .selectFrom('users')
    .select(['id', 'name', 'roles', 'team'])
    .where((eb) =>
      eb.or([
        eb('id', '=', found.owner_id),
        ...(teamNames.length > 0 ? [eb('team', 'in', teamNames)] : []),
      ]),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
  const allowed: Assignee[] = [];
  for (const user of candidates) {
    if (!(await mayOwnCase(db, user, caseId))) continue;
    allowed.push({
      id: user.id,
      name: user.name,
      teamLabel: (user.team && teams[user.team]?.label) || null,
    });
  }
  return allowed;
}
