import type { Kysely } from 'kysely';
import type { FollowUp, UpdateFollowUpInput } from '../../shared/follow-ups/follow-up.schema';
import { appendAudit, diffFields, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { staleVersion } from '../http/preconditions';
import { findFollowUpById, updateFollowUpAtVersion } from './follow-up.repository';
import { assertUserExists, followUpStream, getFollowUp } from './follow-up.service';

/** When the follow-up was done: kept while it stays done, cleared when it is not. */
function completedAtAfter(
  before: { status: string; completed_at: string | null },
  status: string,
  now: string,
): string | null {
  if (status !== 'done') return null;
  return before.status === 'done' ? before.completed_at : now;
}

/** Edits a follow-up at the version the caller saw; a stale version is refused, never merged. */
export async function updateFollowUp(
  db: Kysely<Database>,
  actor: ActorContext,
  id: string,
  version: number,
  patch: UpdateFollowUpInput,
): Promise<FollowUp> {
  await db.transaction().execute(async (trx) => {
    const row = await findFollowUpById(trx, id);
    if (!row) throw new NotFoundError('Follow-up');
    if (row.version !== version) throw staleVersion('follow-up', row.version);
    if (patch.ownerId) await assertUserExists(trx, patch.ownerId, 'ownerId');
    const now = new Date().toISOString();
    const before = {
      title: row.title,
      ownerId: row.owner_id,
      dueDate: row.due_date,
      closeCondition: row.close_condition,
      status: row.status,
      completedAt: row.completed_at,
    };
    const { note, ...fields } = patch;
    const status = fields.status ?? row.status;
    const after = {
      ...before,
      ...fields,
      closeCondition:
        fields.closeCondition === undefined ? before.closeCondition : fields.closeCondition || null,
      completedAt: completedAtAfter(row, status, now),
    };
    const changes = diffFields(before, after);
    if (changes.length === 0) return;
    const written = await updateFollowUpAtVersion(trx, id, version, {
      title: after.title,
      owner_id: after.ownerId,
      due_date: after.dueDate,
      close_condition: after.closeCondition,
      status: after.status,
      completed_at: after.completedAt,
      updated_at: now,
    });
    if (!written) throw staleVersion('follow-up', version + 1);
    await appendAudit(trx, actor, {
      stream: followUpStream(row),
      caseId: row.case_id,
      action: 'follow_up.updated',
      entityType: 'follow_up',
      entityId: id,
      changes: note ? [...changes, { field: 'note', before: null, after: note }] : changes,
    });
  });
  return getFollowUp(db, id);
}
