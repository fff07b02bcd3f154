import type { Kysely } from 'kysely';
import { caseTypeDefinitions } from '../../shared/cases/case-types';
import type { CaseType } from '../../shared/cases/case.schema';
import {
  DraftPurposeSchema,
  type DraftPurpose,
  type DraftTemplate,
  type UpdateDraftTemplateInput,
} from '../../shared/drafts/draft.schema';
import { draftPlaceholders, unknownPlaceholders } from '../../shared/drafts/placeholders';
import { appendAudit, diffFields, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { DomainError, NotFoundError } from '../errors';
import { staleVersion } from '../http/preconditions';
import { defaultTemplates } from './default-templates';
import {
  findTemplateById,
  insertTemplateIfMissing,
  listTemplates,
  updateTemplateAtVersion,
  type DraftTemplateRow,
} from './draft-template.repository';

/** The audit stream every template edit is appended to. */
export const templateStream = 'templates';

/** A template's id says what it is for, e.g. `complaint.acknowledge`. */
export function templateId(caseType: CaseType, purpose: DraftPurpose): string {
  return `${caseType}.${purpose}`;
}

export function toTemplate(row: DraftTemplateRow): DraftTemplate {
  return {
    id: row.id,
    caseType: row.case_type as CaseType,
    purpose: row.purpose as DraftPurpose,
    subject: row.subject,
    body: row.body,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy:
      row.updated_by === null ? null : { id: row.updated_by, name: row.updated_by_name ?? '' },
  };
}

const typeOrder = caseTypeDefinitions.map((d) => d.type as string);
const purposeOrder = DraftPurposeSchema.options as readonly string[];

/** Every template, in the order people pick case types and then purposes. */
export async function listDraftTemplates(db: Kysely<Database>): Promise<DraftTemplate[]> {
  const rows = await listTemplates(db);
  const rank = (r: DraftTemplateRow) =>
    typeOrder.indexOf(r.case_type) * purposeOrder.length + purposeOrder.indexOf(r.purpose);
  return rows.sort((a, b) => rank(a) - rank(b)).map(toTemplate);
}

export async function getDraftTemplate(db: Kysely<Database>, id: string): Promise<DraftTemplate> {
  const row = await findTemplateById(db, id);
  if (!row) throw new NotFoundError('Template');
  return toTemplate(row);
}

/**
 * Gives every case type and purpose its default template unless it has one already.
 * Runs at every start; an edited template is never overwritten.
 */
export async function ensureDefaultTemplates(db: Kysely<Database>): Promise<void> {
  const now = new Date().toISOString();
  for (const { type } of caseTypeDefinitions) {
    for (const purpose of DraftPurposeSchema.options) {
      const text = defaultTemplates[type][purpose];
      await insertTemplateIfMissing(db, {
        id: templateId(type, purpose),
        case_type: type,
        purpose,
        subject: text.subject,
        body: text.body,
        version: 1,
        updated_at: now,
        updated_by: null,
      });
    }
  }
}

/** Refuses text naming a fact Caseline cannot fill, listing the ones it can. */
function checkPlaceholders(field: 'subject' | 'body', text: string | undefined) {
  const unknown = text === undefined ? [] : unknownPlaceholders(text);
  if (unknown.length === 0) return;
  const names = unknown.map((n) => `{{${n}}}`).join(', ');
  throw new DomainError(
    'unknown_placeholder',
    `The ${field} uses ${names}, which Caseline cannot fill; use only ${draftPlaceholders.map((n) => `{{${n}}}`).join(', ')}`,
    { field, unknown, allowed: draftPlaceholders },
  );
}

/** Changes a template's text at the version the administrator saw, on the record. */
export async function updateDraftTemplate(
  db: Kysely<Database>,
  actor: ActorContext,
  id: string,
  version: number,
  input: UpdateDraftTemplateInput,
): Promise<DraftTemplate> {
  checkPlaceholders('subject', input.subject);
  checkPlaceholders('body', input.body);
  await db.transaction().execute(async (trx) => {
    const row = await findTemplateById(trx, id);
    if (!row) throw new NotFoundError('Template');
    if (row.version !== version) throw staleVersion('template', row.version);
    const before = { subject: row.subject, body: row.body };
    const after = { subject: input.subject ?? row.subject, body: input.body ?? row.body };
    const changes = diffFields(before, after);
    if (changes.length === 0) return;
    const written = await updateTemplateAtVersion(trx, id, version, {
      ...after,
      updated_at: actor.at ?? new Date().toISOString(),
      updated_by: actor.userId,
    });
    if (!written) throw staleVersion('template', version + 1);
    // Who changed what a template says, and from what, is on the record like any case change.
    await appendAudit(trx, actor, {
      stream: templateStream,
      caseId: null,
      action: 'template.updated',
      entityType: 'template',
      entityId: id,
      changes: [...changes, { field: 'version', before: version, after: version + 1 }],
    });
  });
  return getDraftTemplate(db, id);
}
