import { sql, type Kysely } from 'kysely';
import type { Role } from '../../shared/users/user.schema';
import type { Database } from '../db/database';
import { queuesOfTeam, teamsManagedBy } from './organisation';

/** Who is looking: what they may see depends on their roles and team. */
export type Viewer = { id: string; roles: readonly Role[]; team: string | null };

const seesEverything = (viewer: Viewer) => viewer.roles.includes('auditor');

/**
 * The ids of the cases a viewer may see, as a subquery every case lookup and list
 * filters by, so one rule serves them all:
 * - a relationship manager sees the cases of clients they or their team own;
 * - a service agent sees the cases in their team's queues and the cases they own;
 * - a manager sees their teams' queues and the cases their teams' people own;
 * - an auditor sees everything.
 */
export function visibleCaseIds(db: Kysely<Database>, viewer: Viewer) {
  const query = db
    .selectFrom('cases')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .innerJoin('users as client_owner', 'client_owner.id', 'clients.owner_id')
    .leftJoin('users as case_owner', 'case_owner.id', 'cases.owner_id')
    .select('cases.id');
  if (seesEverything(viewer)) return query;
  return query.where((eb) => {
    const rules = [];
    if (viewer.roles.includes('relationship_manager')) {
      rules.push(eb('clients.owner_id', '=', viewer.id));
      if (viewer.team) rules.push(eb('client_owner.team', '=', viewer.team));
    }
    if (viewer.roles.includes('service_agent')) {
      const queues = queuesOfTeam(viewer.team);
      if (queues.length > 0) rules.push(eb('cases.queue', 'in', [...queues]));
      rules.push(eb('cases.owner_id', '=', viewer.id));
    }
    if (viewer.roles.includes('manager')) {
      const managed = teamsManagedBy(viewer.team);
      const queues = managed.flatMap((team) => queuesOfTeam(team));
      if (queues.length > 0) rules.push(eb('cases.queue', 'in', queues));
      if (managed.length > 0) rules.push(eb('case_owner.team', 'in', [...managed]));
      rules.push(eb('cases.owner_id', '=', viewer.id));
    }
    return rules.length > 0 ? eb.or(rules) : sql<boolean>`1 = 0`;
  });
}

/**
 * The ids of the clients a viewer may see. Service agents and managers may look
 * up any client, to match a sender and open a case; a relationship manager sees
 * the clients they or their team own.
 */
export function visibleClientIds(db: Kysely<Database>, viewer: Viewer) {
  const query = db.selectFrom('clients').select('clients.id');
  const looksUpAnyone = viewer.roles.some(
    (r) => r === 'service_agent' || r === 'manager' || r === 'admin',
  );
  return looksUpAnyone ? query : relationshipClientIds(db, viewer);
}

export async function canSeeCase(
  db: Kysely<Database>,
  viewer: Viewer,
  caseId: string,
): Promise<boolean> {
  const row = await visibleCaseIds(db, viewer).where('cases.id', '=', caseId).executeTakeFirst();
  return row !== undefined;
}

export async function canSeeClient(
  db: Kysely<Database>,
  viewer: Viewer,
  clientId: string,
): Promise<boolean> {
  const row = await visibleClientIds(db, viewer)
    .where('clients.id', '=', clientId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The clients whose relationship work (meetings, client follow-ups) a viewer may
 * see: their relationship managers and auditors. Looking a client up is wider.
 */
export function relationshipClientIds(db: Kysely<Database>, viewer: Viewer) {
  const query = db
    .selectFrom('clients')
    .innerJoin('users as client_owner', 'client_owner.id', 'clients.owner_id')
    .select('clients.id');
  if (seesEverything(viewer)) return query;
  return query.where((eb) => {
    if (!viewer.roles.includes('relationship_manager')) return sql<boolean>`1 = 0`;
    const rules = [eb('clients.owner_id', '=', viewer.id)];
    if (viewer.team) rules.push(eb('client_owner.team', '=', viewer.team));
    return eb.or(rules);
  });
}
