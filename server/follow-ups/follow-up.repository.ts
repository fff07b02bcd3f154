import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import { relationshipClientIds, visibleCaseIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import type { FollowUpTable } from './follow-up.table';

function followUpQuery(db: Kysely<Database>) {
  return db
    .selectFrom('follow_ups')
    .innerJoin('users as owner', 'owner.id', 'follow_ups.owner_id')
    .selectAll('follow_ups')
    .select('owner.name as owner_name');
}

export type FollowUpRow = NonNullable<Awaited<ReturnType<typeof findFollowUpById>>>;

export function findFollowUpById(db: Kysely<Database>, id: string) {
  return followUpQuery(db).where('follow_ups.id', '=', id).executeTakeFirst();
}

export async function insertFollowUp(db: Kysely<Database>, row: Insertable<FollowUpTable>) {
  await db.insertInto('follow_ups').values(row).execute();
}

/** Writes a change only at the version the caller read; answers whether it did. */
export async function updateFollowUpAtVersion(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  changes: Updateable<FollowUpTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('follow_ups')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Position in the work order: overdue first (rank 0), then by due date, then id. */
export type FollowUpKey = { rank: number; dueDate: string; id: string };

export type FollowUpFilter = {
  clientId?: string;
  caseId?: string;
  ownerId?: string;
  status?: string;
  /** London date that decides which follow-ups rank as overdue. */
  today: string;
  after?: FollowUpKey;
  /** Only follow-ups this viewer owns, or on cases and relationships they may see. */
  viewer?: Viewer;
  limit: number;
};

/** Follow-ups in work order, starting after the given key. */
export function listFollowUps(db: Kysely<Database>, filter: FollowUpFilter) {
  const rank = sql<number>`case when ${sql.ref('follow_ups.status')} = 'open' and ${sql.ref(
    'follow_ups.due_date',
  )} < ${filter.today} then 0 else 1 end`;
  let query = followUpQuery(db).select(rank.as('rank'));
  if (filter.clientId) query = query.where('follow_ups.client_id', '=', filter.clientId);
  if (filter.caseId) query = query.where('follow_ups.case_id', '=', filter.caseId);
  if (filter.ownerId) query = query.where('follow_ups.owner_id', '=', filter.ownerId);
  if (filter.status) query = query.where('follow_ups.status', '=', filter.status);
  const viewer = filter.viewer;
  if (viewer) {
    query = query.where((eb) =>
      eb.or([
        eb('follow_ups.owner_id', '=', viewer.id),
        eb('follow_ups.case_id', 'in', visibleCaseIds(db, viewer)),
        eb.and([
          eb('follow_ups.case_id', 'is', null),
          eb('follow_ups.client_id', 'in', relationshipClientIds(db, viewer)),
        ]),
      ]),
    );
  }
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb(rank, '>', after.rank),
        eb.and([eb(rank, '=', after.rank), eb('follow_ups.due_date', '>', after.dueDate)]),
        eb.and([
          eb(rank, '=', after.rank),
          eb('follow_ups.due_date', '=', after.dueDate),
          eb('follow_ups.id', '>', after.id),
        ]),
      ]),
    );
  }
  return query
    .orderBy(rank)
    .orderBy('follow_ups.due_date')
    .orderBy('follow_ups.id')
    .limit(filter.limit)
    .execute();
}

export function listFollowUpsOfInteractions(db: Kysely<Database>, interactionIds: string[]) {
  if (interactionIds.length === 0) return Promise.resolve([]);
  return followUpQuery(db)
    .where('follow_ups.interaction_id', 'in', interactionIds)
    .orderBy('follow_ups.due_date')
    .orderBy('follow_ups.id')
    .execute();
}
