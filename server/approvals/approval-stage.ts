import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Stage } from '../../shared/cases/case.schema';
import { appendAudit, caseStream, diffFields, type ActorContext } from '../audit/audit.service';
import {
  findCaseById,
  insertStageChange,
  updateCaseAtVersion,
  type CaseRow,
} from '../cases/case.repository';
import type { Database } from '../db/database';
import { DomainError, NotFoundError } from '../errors';
import { countPendingApprovalsOfCase } from './approval.repository';

type StageMove = {
  to: Stage;
  reason: string;
  /** The user recorded on the stage history; it must be a real user. */
  stageActorId: string;
  at: string;
};

async function moveCase(
  trx: Kysely<Database>,
  actor: ActorContext,
  row: CaseRow,
  move: StageMove,
): Promise<void> {
  const from = row.stage;
  const changes = {
    stage: move.to,
    stage_entered_at: move.at,
    updated_at: move.at,
    blocker_reason: null,
    waiting_on: null,
  };
  // The caller holds the case row lock, so the version read in this transaction is current.
  if (!(await updateCaseAtVersion(trx, row.id, row.version, changes))) {
    throw new DomainError('conflict', 'The case changed at the same moment; try again');
  }
  await insertStageChange(trx, {
    id: randomUUID(),
    case_id: row.id,
    from_stage: from,
    to_stage: move.to,
    actor_id: move.stageActorId,
    reason: move.reason,
    waiting_on: null,
    at: move.at,
  });
  await appendAudit(trx, actor, {
    stream: caseStream(row.id),
    caseId: row.id,
    action: 'case.stage_changed',
    entityType: 'case',
    entityId: row.id,
    changes: [
      ...diffFields(
        { stage: from, blockerReason: row.blocker_reason, waitingOn: row.waiting_on },
        { stage: move.to, blockerReason: null, waitingOn: null },
      ),
      { field: 'reason', before: null, after: move.reason },
    ],
  });
}

/** A case being worked on waits for the approval once one is requested. */
export async function holdCaseForApproval(
  trx: Kysely<Database>,
  actor: ActorContext,
  row: CaseRow,
  reason: string,
  at: string,
): Promise<void> {
  if (row.stage !== 'in_progress') return;
  await moveCase(trx, actor, row, {
    to: 'pending_approval',
    reason,
    stageActorId: actor.userId,
    at,
  });
}

/** When no approval of a case is pending any more, a case waiting for one goes back to work. */
export async function releaseCaseIfNoneWaiting(
  trx: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  move: Omit<StageMove, 'to'>,
): Promise<void> {
  const row = await findCaseById(trx, caseId);
  if (!row) throw new NotFoundError('Case');
  if (row.stage !== 'pending_approval') return;
  if ((await countPendingApprovalsOfCase(trx, caseId)) > 0) return;
  await moveCase(trx, actor, row, { ...move, to: 'in_progress' });
}
