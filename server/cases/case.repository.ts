import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../db/database';
import type { CaseTable, StageChangeTable } from './case.table';

const closedStages = ['resolved', 'closed'];

function caseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('cases')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .leftJoin('users as owner', 'owner.id', 'cases.owner_id')
    .selectAll('cases')
    .select(['clients.name as client_name', 'owner.name as owner_name']);
}

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCaseById>>>;

export function findCaseById(db: Kysely<Database>, id: string) {
  return caseQuery(db).where('cases.id', '=', id).executeTakeFirst();
}

export function findCaseBySourceMessage(db: Kysely<Database>, internetMessageId: string) {
  return caseQuery(db).where('cases.source_message_id', '=', internetMessageId).executeTakeFirst();
}

export function listOpenCasesOfClient(db: Kysely<Database>, clientId: string) {
  return caseQuery(db)
    .where('cases.client_id', '=', clientId)
    .where('cases.stage', 'not in', closedStages)
    .orderBy('cases.created_at', 'desc')
    .execute();
}

export function listCasesByIds(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return caseQuery(db).where('cases.id', 'in', ids).execute();
}

/** Takes the next value of a named counter inside the caller's transaction. */
export async function nextCounterValue(db: Kysely<Database>, name: string): Promise<number> {
  await db
    .insertInto('counters')
    .values({ name, value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}

/** Inserts a case unless one already came from the same email; answers whether it did. */
export async function insertCaseOnce(
  db: Kysely<Database>,
  row: Insertable<CaseTable>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('cases')
    .values(row)
    .onConflict((oc) => oc.column('source_message_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertStageChange(db: Kysely<Database>, row: Insertable<StageChangeTable>) {
  await db.insertInto('stage_changes').values(row).execute();
}

export function listStageChanges(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('stage_changes')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/**
 * Writes a change only if the case is still at the version the caller read;
 * answers whether it was (optimistic concurrency: no update is silently lost).
 */
export async function updateCaseAtVersion(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  changes: Updateable<CaseTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
