import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/database';

/** Puts a note on a case that satisfies one checklist item, straight into the database. */
export async function addChecklistNote(
  db: Kysely<Database>,
  caseId: string,
  checklistKey: string,
  addedBy: string,
) {
  await db
    .insertInto('evidence_items')
    .values({
      id: randomUUID(),
      case_id: caseId,
      kind: 'note',
      title: `Evidence for ${checklistKey}`,
      note: 'Checked and recorded.',
      checklist_key: checklistKey,
      added_by: addedBy,
      added_at: new Date().toISOString(),
      version: 1,
    })
    .execute();
}

/** Puts an approval on a case in the given state, straight into the database. */
export async function addApproval(
  db: Kysely<Database>,
  caseId: string,
  fields: { kind: string; status: string; requestedBy: string; expiresAt?: string | null },
) {
  await db
    .insertInto('approvals')
    .values({
      id: randomUUID(),
      case_id: caseId,
      kind: fields.kind,
      policy_reference: 'POL-1',
      rationale: 'Needed for the correction',
      approver_role: 'manager',
      expires_at: fields.expiresAt ?? null,
      status: fields.status,
      requested_by: fields.requestedBy,
      requested_at: new Date().toISOString(),
      version: 1,
    })
    .execute();
}
