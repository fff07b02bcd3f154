import type { Insertable, Kysely } from 'kysely';
import { finishedStages } from '../../shared/cases/lifecycle';
import { visibleCaseIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import type { EscalationTable } from './escalation.table';

/** Open cases with what the rules need to know about their client. */
export function listOpenCaseIds(db: Kysely<Database>) {
  return db
    .selectFrom('cases')
    .select('id')
    .where('stage', 'not in', [...finishedStages])
    .execute();
}

export function findClientWatchFacts(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('clients')
    .select(['vulnerable', 'risk_rating'])
    .where('id', '=', clientId)
    .executeTakeFirst();
}

export async function countSimilarCasesSince(
  db: Kysely<Database>,
  clientId: string,
  type: string,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('client_id', '=', clientId)
    .where('type', '=', type)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Inserts the escalation unless this case already has one for this rule; answers whether it did. */
export async function insertEscalationOnce(
  db: Kysely<Database>,
  row: Insertable<EscalationTable>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('escalations')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'rule_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

function escalationQuery(db: Kysely<Database>) {
  return db
    .selectFrom('escalations')
    .innerJoin('cases', 'cases.id', 'escalations.case_id')
    .selectAll('escalations')
    .select('cases.number as case_number');
}

export type EscalationRow = NonNullable<Awaited<ReturnType<typeof findEscalation>>>;

export function findEscalation(db: Kysely<Database>, id: string) {
  return escalationQuery(db).where('escalations.id', '=', id).executeTakeFirst();
}

export function listEscalations(
  db: Kysely<Database>,
  filter: { status?: string; caseId?: string; viewer?: Viewer },
) {
  let q = escalationQuery(db);
  if (filter.viewer) q = q.where('escalations.case_id', 'in', visibleCaseIds(db, filter.viewer));
  if (filter.status) q = q.where('escalations.status', '=', filter.status);
  if (filter.caseId) q = q.where('escalations.case_id', '=', filter.caseId);
  return q.orderBy('escalations.decide_by').orderBy('escalations.id').limit(200).execute();
}

/** Resolves an open escalation; answers false if someone else resolved it first. */
export async function resolveEscalationOnce(
  db: Kysely<Database>,
  id: string,
  fields: { resolved_by: string; resolved_at: string; decision_note: string },
): Promise<boolean> {
  const result = await db
    .updateTable('escalations')
    .set({ ...fields, status: 'resolved' })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
