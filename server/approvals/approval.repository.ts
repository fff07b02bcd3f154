import { PostgresAdapter, type Insertable, type Kysely } from 'kysely';
import { visibleCaseIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import type { ApprovalTable } from './approval.table';

export function listApprovalsOfCase(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('approvals')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('requested_at')
    .execute();
}

/** Approvals with the case number and the names of who requested and who decided. */
function approvalQuery(db: Kysely<Database>) {
  return db
    .selectFrom('approvals')
    .innerJoin('cases', 'cases.id', 'approvals.case_id')
    .innerJoin('users as requester', 'requester.id', 'approvals.requested_by')
    .leftJoin('users as decider', 'decider.id', 'approvals.decided_by')
    .selectAll('approvals')
    .select([
      'cases.number as case_number',
      'requester.name as requested_by_name',
      'decider.name as decided_by_name',
    ]);
}

export type ApprovalRow = NonNullable<Awaited<ReturnType<typeof findApprovalById>>>;

export function findApprovalById(db: Kysely<Database>, id: string) {
  return approvalQuery(db).where('approvals.id', '=', id).executeTakeFirst();
}

export function listApprovalRowsOfCase(db: Kysely<Database>, caseId: string) {
  return approvalQuery(db)
    .where('approvals.case_id', '=', caseId)
    .orderBy('approvals.requested_at')
    .orderBy('approvals.id')
    .execute();
}

export type ApprovalFilter = {
  /** Effective status: a pending row past its expiry counts as expired. */
  status?: string;
  /** ISO instant the expiry is judged against. */
  now: string;
  requestedBy?: string;
  notRequestedBy?: string;
  approverRoles?: readonly string[];
  after?: { requestedAt: string; id: string };
  /** Only approvals on cases this viewer may see. */
  viewer?: Viewer;
  limit: number;
};

/** Approvals in request order (oldest first), starting after the given key. */
export function listApprovals(db: Kysely<Database>, filter: ApprovalFilter) {
  const visible = filter.viewer ? visibleCaseIds(db, filter.viewer) : undefined;
  let query = approvalQuery(db);
  const { status, now, after } = filter;
  if (status === 'pending') {
    query = query
      .where('approvals.status', '=', 'pending')
      .where((eb) =>
        eb.or([eb('approvals.expires_at', 'is', null), eb('approvals.expires_at', '>', now)]),
      );
  } else if (status === 'expired') {
    query = query.where((eb) =>
      eb.or([
        eb('approvals.status', '=', 'expired'),
        eb.and([eb('approvals.status', '=', 'pending'), eb('approvals.expires_at', '<=', now)]),
      ]),
    );
  } else if (status) {
    query = query.where('approvals.status', '=', status);
  }
  if (filter.requestedBy) query = query.where('approvals.requested_by', '=', filter.requestedBy);
  if (filter.notRequestedBy)
    query = query.where('approvals.requested_by', '!=', filter.notRequestedBy);
  if (filter.approverRoles) {
    query = query.where('approvals.approver_role', 'in', [...filter.approverRoles]);
  }
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('approvals.requested_at', '>', after.requestedAt),
        eb.and([
          eb('approvals.requested_at', '=', after.requestedAt),
          eb('approvals.id', '>', after.id),
        ]),
      ]),
    );
  }
  if (visible) query = query.where('approvals.case_id', 'in', visible);
  return query
    .orderBy('approvals.requested_at')
    .orderBy('approvals.id')
    .limit(filter.limit)
    .execute();
}

/** Pending approvals whose expiry has passed, for the expiry job. */
export function listOverdueApprovals(db: Kysely<Database>, now: string) {
  return approvalQuery(db)
    .where('approvals.status', '=', 'pending')
    .where('approvals.expires_at', '<=', now)
    .orderBy('approvals.expires_at')
    .execute();
}

export async function insertApproval(db: Kysely<Database>, row: Insertable<ApprovalTable>) {
  await db.insertInto('approvals').values(row).execute();
}

/**
 * Closes a pending approval, only if it is still pending; answers whether it was.
 * The status condition, not an earlier read, is what lets an approval be decided once.
 */
export async function closePendingApproval(
  db: Kysely<Database>,
  id: string,
  changes: {
    status: string;
    decided_by: string | null;
    decided_at: string;
    decision_note: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('approvals')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countPendingApprovalsOfCase(
  db: Kysely<Database>,
  caseId: string,
): Promise<number> {
  const row = await db
    .selectFrom('approvals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Holds the case row until the transaction ends, so approval changes of one case
 * (and their effect on its stage) run one after another. SQLite has a single
 * writer already. Taken before anything else, in the same order case
 * transitions take their locks, so the two cannot deadlock.
 */
export async function lockCaseRow(db: Kysely<Database>, caseId: string): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().execute();
  }
}
