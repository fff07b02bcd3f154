import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { FieldChange } from '../../shared/audit/audit.schema';
import { caseTypeDefinition, type CaseTypeDefinition } from '../../shared/cases/case-types';
import type { CaseType } from '../../shared/cases/case.schema';
import type {
  EvidenceChecklistItem,
  EvidenceItem,
  EvidenceList,
} from '../../shared/evidence/evidence.schema';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { NotFoundError, ValidationError } from '../errors';
import type { EvidenceItemTable } from './evidence.table';
import { findEvidenceById, listEvidenceOfCase, type EvidenceRow } from './evidence.repository';
import { openEvidenceFile } from './file-store';

// The table has one `reference` column; a system reference keeps both of its parts there as JSON.
const StoredSystemReferenceSchema = z.object({ system: z.string(), reference: z.string() });

export function storeSystemReference(system: string, reference: string): string {
  return JSON.stringify({ system, reference });
}

function readSystemReference(stored: string | null): { system: string; reference: string } {
  try {
    return StoredSystemReferenceSchema.parse(JSON.parse(stored ?? ''));
  } catch {
    return { system: '', reference: stored ?? '' };
  }
}

export function toEvidenceItem(row: EvidenceRow): EvidenceItem {
  const base = {
    id: row.id,
    caseId: row.case_id,
    title: row.title,
    checklistKey: row.checklist_key,
    addedBy: row.added_by,
    addedByName: row.added_by_name,
    addedAt: row.added_at,
    removedAt: row.removed_at,
    removedBy: row.removed_by,
    removalReason: row.removal_reason,
    version: row.version,
  };
  switch (row.kind) {
    case 'file':
      return {
        kind: 'file',
        ...base,
        file: {
          fileName: row.file_name ?? '',
          sha256: row.file_sha256 ?? '',
          size: row.file_size ?? 0,
          contentType: row.file_content_type ?? 'application/octet-stream',
        },
      };
    case 'email':
      return {
        kind: 'email',
        ...base,
        email: {
          linkId: row.email_link_id ?? '',
          internetMessageId: row.email_internet_message_id ?? '',
          subject: row.email_subject ?? '',
        },
      };
    case 'system_reference':
      return {
        kind: 'system_reference',
        ...base,
        systemReference: readSystemReference(row.reference),
      };
    case 'note':
      return { kind: 'note', ...base, note: row.note ?? '' };
    default:
      throw new Error(`Evidence ${row.id} has an unknown kind: ${row.kind}`);
  }
}

/** What an audit event records about an item: the fields that identify it, for its kind. */
export function auditedFields(
  row: Pick<
    EvidenceItemTable,
    'kind' | 'title' | 'checklist_key' | 'file_name' | 'file_sha256' | 'email_link_id' | 'reference'
  >,
  file?: { size: number | null; contentType: string | null },
): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    title: row.title,
    kind: row.kind,
    checklistKey: row.checklist_key,
  };
  if (row.kind === 'file') {
    Object.assign(fields, { fileName: row.file_name, sha256: row.file_sha256 }, file ?? {});
  }
  if (row.kind === 'email') fields.emailLinkId = row.email_link_id;
  if (row.kind === 'system_reference') Object.assign(fields, readSystemReference(row.reference));
  return fields;
}

/** The fields of an item leaving the case, as changes to nothing. */
export function removedFields(record: Record<string, unknown>): FieldChange[] {
  return Object.entries(record).map(([field, before]) => ({
    field,
    before: before ?? null,
    after: null,
  }));
}

export async function definitionOfCase(
  db: Kysely<Database>,
  caseId: string,
): Promise<CaseTypeDefinition> {
  const row = await findCaseById(db, caseId);
  if (!row) throw new NotFoundError('Case');
  return caseTypeDefinition(row.type as CaseType);
}

/** Refuses a checklist key the case type does not have, naming the ones it does. */
export function checkChecklistKey(definition: CaseTypeDefinition, key: string | null | undefined) {
  if (key === null || key === undefined) return;
  const allowed = definition.evidence.map((e) => e.key);
  if (allowed.includes(key)) return;
  const message = `"${key}" is not on the ${definition.label.toLowerCase()} evidence checklist; use one of: ${allowed.join(', ')}`;
  throw new ValidationError(message, { issues: [{ path: 'checklistKey', message }], allowed });
}

/** The case type's evidence requirements, each with the active items that meet it. */
export function evidenceChecklist(
  definition: CaseTypeDefinition,
  items: readonly EvidenceItem[],
): EvidenceChecklistItem[] {
  return definition.evidence.map((requirement) => {
    const satisfiedBy = items
      .filter((item) => item.removedAt === null && item.checklistKey === requirement.key)
      .map((item) => item.id);
    return {
      key: requirement.key,
      label: requirement.label,
      required: requirement.required,
      satisfied: satisfiedBy.length > 0,
      satisfiedBy,
    };
  });
}

export async function listCaseEvidence(
  db: Kysely<Database>,
  caseId: string,
  options: { includeRemoved: boolean },
): Promise<EvidenceList> {
  const definition = await definitionOfCase(db, caseId);
  const items = (await listEvidenceOfCase(db, caseId, options)).map(toEvidenceItem);
  return { items, checklist: evidenceChecklist(definition, items) };
}

export async function getEvidence(db: Kysely<Database>, id: string): Promise<EvidenceItem> {
  const row = await findEvidenceById(db, id);
  if (!row) throw new NotFoundError('Evidence');
  return toEvidenceItem(row);
}

/** The stored bytes of a file item, removed or not, with what a download needs to describe them. */
export async function openEvidenceDownload(db: Kysely<Database>, dataDir: string, id: string) {
  const row = await findEvidenceById(db, id);
  if (!row) throw new NotFoundError('Evidence');
  if (row.kind !== 'file' || !row.file_sha256) throw new NotFoundError('Evidence file');
  const { stream, size } = await openEvidenceFile(dataDir, row.file_sha256);
  return {
    stream,
    size,
    contentType: row.file_content_type ?? 'application/octet-stream',
    fileName: row.file_name ?? row.file_sha256,
  };
}
