import type { Kysely } from 'kysely';
import type { EvidenceItem, UpdateEvidenceInput } from '../../shared/evidence/evidence.schema';
import { appendAudit, caseStream, diffFields, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { DomainError, NotFoundError } from '../errors';
import { staleVersion } from '../http/preconditions';
import { findEvidenceById, updateEvidenceAtVersion, type EvidenceRow } from './evidence.repository';
import {
  auditedFields,
  checkChecklistKey,
  definitionOfCase,
  getEvidence,
  removedFields,
} from './evidence.service';

async function findChangeable(trx: Kysely<Database>, id: string): Promise<EvidenceRow> {
  const row = await findEvidenceById(trx, id);
  if (!row) throw new NotFoundError('Evidence');
  if (row.removed_at !== null) {
    throw new DomainError('conflict', 'This evidence has been removed and can no longer change');
  }
  return row;
}

const fileOf = (row: EvidenceRow) =>
  row.kind === 'file' ? { size: row.file_size, contentType: row.file_content_type } : undefined;

/**
 * Takes evidence off the case, saying why. The row and any file stay, so the
 * history can still be reviewed and other items sharing the bytes keep them.
 */
export async function removeEvidence(
  db: Kysely<Database>,
  actor: ActorContext,
  id: string,
  reason: string,
): Promise<EvidenceItem> {
  await db.transaction().execute(async (trx) => {
    const row = await findChangeable(trx, id);
    const removedAt = new Date().toISOString();
    const written = await updateEvidenceAtVersion(trx, id, row.version, {
      removed_at: removedAt,
      removed_by: actor.userId,
      removal_reason: reason,
    });
    if (!written) throw staleVersion('evidence', row.version + 1);
    await appendAudit(trx, actor, {
      stream: caseStream(row.case_id),
      caseId: row.case_id,
      action: 'evidence.removed',
      entityType: 'evidence',
      entityId: id,
      changes: [
        ...removedFields(auditedFields(row, fileOf(row))),
        { field: 'removalReason', before: null, after: reason },
      ],
    });
  });
  return getEvidence(db, id);
}

/** Renames evidence or moves it to another checklist item, at the version the caller saw. */
export async function updateEvidence(
  db: Kysely<Database>,
  actor: ActorContext,
  id: string,
  version: number,
  patch: UpdateEvidenceInput,
): Promise<EvidenceItem> {
  await db.transaction().execute(async (trx) => {
    const row = await findChangeable(trx, id);
    if (row.version !== version) throw staleVersion('evidence', row.version);
    if (patch.checklistKey)
      checkChecklistKey(await definitionOfCase(trx, row.case_id), patch.checklistKey);
    const before = { title: row.title, checklistKey: row.checklist_key };
    const after = {
      title: patch.title ?? row.title,
      checklistKey: patch.checklistKey === undefined ? row.checklist_key : patch.checklistKey,
    };
    const changes = diffFields(before, after);
    if (changes.length === 0) return;
    const written = await updateEvidenceAtVersion(trx, id, version, {
      title: after.title,
      checklist_key: after.checklistKey,
    });
    if (!written) throw staleVersion('evidence', version + 1);
    await appendAudit(trx, actor, {
      stream: caseStream(row.case_id),
      caseId: row.case_id,
      action: 'evidence.updated',
      entityType: 'evidence',
      entityId: id,
      // What the item is, so the event reads on its own; then what changed.
      changes: [
        ...changes,
        ...Object.entries(auditedFields(row, fileOf(row)))
          .filter(([field]) => !changes.some((c) => c.field === field))
          .map(([field, value]) => ({ field, before: value, after: value })),
      ],
    });
  });
  return getEvidence(db, id);
}
