import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

// Queries only the brief needs. Each reaches the client's rows through an index:
// cases (client_id, stage) or (client_id, type, created_at), then each child table's
// case_id index, so one query covers every case of the client (no query per case).

/** The client's watch facts that the summary query leaves out. */
export function findClientWatch(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('clients')
    .select(['vulnerable', 'vulnerability_note', 'restrictions', 'next_review_date'])
    .where('id', '=', clientId)
    .executeTakeFirst();
}

export function listAccountsOfClient(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'number', 'product', 'currency', 'balance', 'status'])
    .where('client_id', '=', clientId)
    .orderBy('product')
    .orderBy('number')
    .execute();
}

export type StageChangeFact = Awaited<ReturnType<typeof listStageChangesOfCases>>[number];

/** The stage history of several cases at once, each case's in time order. */
export function listStageChangesOfCases(db: Kysely<Database>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('stage_changes')
    .select(['case_id', 'from_stage', 'to_stage', 'at'])
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Checklist keys that active (not removed) evidence satisfies, on several cases at once. */
export function listSatisfiedChecklistKeys(db: Kysely<Database>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('evidence_items')
    .select(['case_id', 'checklist_key'])
    .distinct()
    .where('case_id', 'in', caseIds)
    .where('removed_at', 'is', null)
    .where('checklist_key', 'is not', null)
    .execute();
}

/**
 * Approvals still pending (and not past their expiry) on the given cases, oldest first.
 * Only open cases can have one: a case with a pending approval can be neither resolved nor closed.
 */
export function listPendingApprovalsOfCases(
  db: Kysely<Database>,
  cases: readonly string[],
  now: string,
) {
  if (cases.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('approvals')
    .innerJoin('cases', 'cases.id', 'approvals.case_id')
    .innerJoin('users as requester', 'requester.id', 'approvals.requested_by')
    .select([
      'approvals.id',
      'approvals.case_id',
      'approvals.kind',
      'approvals.approver_role',
      'approvals.amount',
      'approvals.currency',
      'approvals.requested_at',
      'approvals.expires_at',
      'cases.number as case_number',
      'requester.name as requested_by_name',
    ])
    .where('approvals.case_id', 'in', cases)
    .where('approvals.status', '=', 'pending')
    .where((eb) =>
      eb.or([eb('approvals.expires_at', 'is', null), eb('approvals.expires_at', '>', now)]),
    )
    .orderBy('approvals.requested_at')
    .orderBy('approvals.id')
    .execute();
}

/** Escalations still open on any case of the client, soonest decision first. */
export function listOpenEscalationsOfClient(db: Kysely<Database>, clientId: string) {
  return (
    db
      .selectFrom('cases')
      // CROSS JOIN makes SQLite start from the client's cases rather than from the status
      // index, which holds the open escalations of every client; PostgreSQL plans it as a join.
      .crossJoin('escalations')
      .whereRef('escalations.case_id', '=', 'cases.id')
      .select([
        'escalations.id',
        'escalations.case_id',
        'escalations.reason',
        'escalations.decide_role',
        'escalations.decide_by',
        'cases.number as case_number',
      ])
      .where('cases.client_id', '=', clientId)
      .where('escalations.status', '=', 'open')
      .orderBy('escalations.decide_by')
      .orderBy('escalations.id')
      .execute()
  );
}

/** How many complaint cases the client has had in all, and since the given instant. */
export async function countComplaintCases(
  db: Kysely<Database>,
  clientId: string,
  since: string,
): Promise<{ total: number; recent: number }> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>(eb.case().when('created_at', '>=', since).then(1).end()).as('recent'),
    ])
    .where('client_id', '=', clientId)
    .where('type', '=', 'complaint')
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), recent: Number(row.recent) };
}

/** The newest emails linked (and still linked) to any case of the client. */
export function listRecentEmailsOfClient(db: Kysely<Database>, clientId: string, limit: number) {
  return db
    .selectFrom('cases')
    .innerJoin('email_links', 'email_links.case_id', 'cases.id')
    .select([
      'email_links.id',
      'email_links.case_id',
      'email_links.subject',
      'email_links.received_at',
      'cases.number as case_number',
    ])
    .where('cases.client_id', '=', clientId)
    .where('email_links.unlinked_at', 'is', null)
    .orderBy('email_links.received_at', 'desc')
    .orderBy('email_links.id', 'desc')
    .limit(limit)
    .execute();
}

/** The newest audit events of any case of the client, leaving out the given actions. */
export function listRecentCaseEventsOfClient(
  db: Kysely<Database>,
  clientId: string,
  options: { excludeActions: readonly string[]; limit: number },
) {
  let query = db
    .selectFrom('cases')
    .innerJoin('audit_events', 'audit_events.case_id', 'cases.id')
    .leftJoin('users as actor', 'actor.id', 'audit_events.actor_id')
    .select([
      'audit_events.id',
      'audit_events.case_id',
      'audit_events.actor_id',
      'audit_events.action',
      'audit_events.changes',
      'audit_events.at',
      'cases.number as case_number',
      'actor.name as actor_name',
    ])
    .where('cases.client_id', '=', clientId);
  if (options.excludeActions.length > 0) {
    query = query.where('audit_events.action', 'not in', options.excludeActions);
  }
  return query
    .orderBy('audit_events.at', 'desc')
    .orderBy('audit_events.seq', 'desc')
    .limit(options.limit)
    .execute();
}
