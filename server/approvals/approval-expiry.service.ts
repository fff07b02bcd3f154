import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit, caseStream, diffFields } from '../audit/audit.service';
import type { Database } from '../db/database';
import {
  closePendingApproval,
  findApprovalById,
  listOverdueApprovals,
  lockCaseRow,
  type ApprovalRow,
} from './approval.repository';
import { releaseCaseIfNoneWaiting } from './approval-stage';

/** Expiry is the clock's doing, not a person's: the audit trail says so. */
export const systemActorId = 'system';

/**
 * Marks one overdue approval expired inside the caller's transaction, which must
 * hold the case row lock. Answers false if it was no longer pending.
 */
export async function expireOverdueApproval(
  trx: Kysely<Database>,
  row: ApprovalRow,
  now: Date,
  requestId: string,
): Promise<boolean> {
  const at = now.toISOString();
  const closed = await closePendingApproval(trx, row.id, {
    status: 'expired',
    decided_by: null,
    decided_at: at,
    decision_note: null,
  });
  if (!closed) return false;
  const actor = { userId: systemActorId, requestId };
  await appendAudit(trx, actor, {
    stream: caseStream(row.case_id),
    caseId: row.case_id,
    action: 'approval.expired',
    entityType: 'approval',
    entityId: row.id,
    changes: diffFields(
      { status: 'pending', decidedAt: null, expiresAt: row.expires_at },
      { status: 'expired', decidedAt: at, expiresAt: row.expires_at },
    ),
  });
  await releaseCaseIfNoneWaiting(trx, actor, row.case_id, {
    reason: 'The approval it was waiting for expired',
    // The stage history needs a real user; the work returns to the one who asked.
    stageActorId: row.requested_by,
    at,
  });
  return true;
}

/**
 * Marks every pending approval whose expiry is at or before `now` as expired, each
 * in its own transaction with its audit event. A scheduler calls it; answers how many it expired.
 */
export async function expireDueApprovals(db: Kysely<Database>, now: Date): Promise<number> {
  const requestId = `expiry-${randomUUID()}`;
  const due = await listOverdueApprovals(db, now.toISOString());
  let expired = 0;
  for (const candidate of due) {
    const done = await db.transaction().execute(async (trx) => {
      await lockCaseRow(trx, candidate.case_id);
      const row = await findApprovalById(trx, candidate.id);
      if (!row || row.status !== 'pending') return false;
      return expireOverdueApproval(trx, row, now, requestId);
    });
    if (done) expired += 1;
  }
  return expired;
}
