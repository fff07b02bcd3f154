import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  EvidenceContentTypeSchema,
  type AddEvidenceInput,
  type EvidenceItem,
  type UploadEvidenceQuery,
} from '../../shared/evidence/evidence.schema';
import { appendAudit, caseStream, createdFields, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { ValidationError } from '../errors';
import { EmptyEvidenceFileError, UnsupportedEvidenceTypeError } from './evidence.errors';
import type { EvidenceItemTable } from './evidence.table';
import {
  findActiveEmailLinkOfCase,
  insertEvidenceFileOnce,
  insertEvidenceItem,
} from './evidence.repository';
import {
  auditedFields,
  checkChecklistKey,
  definitionOfCase,
  getEvidence,
  storeSystemReference,
} from './evidence.service';
import { contentMatchesType } from './file-content';
import { storeEvidenceFile } from './file-store';

export type EvidenceUpload = UploadEvidenceQuery & {
  /** The declared media type, without parameters; checked against the allowlist and the bytes. */
  contentType: string | undefined;
  bytes: Buffer;
};

type NewItem = Omit<EvidenceItemTable, 'id' | 'case_id' | 'added_by' | 'added_at' | 'version'>;

const noRemoval = { removed_at: null, removed_by: null, removal_reason: null };

async function insertAudited(
  trx: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  item: NewItem,
  file?: { size: number; contentType: string },
): Promise<string> {
  const id = randomUUID();
  await insertEvidenceItem(trx, {
    ...item,
    id,
    case_id: caseId,
    added_by: actor.userId,
    added_at: new Date().toISOString(),
    version: 1,
  });
  await appendAudit(trx, actor, {
    stream: caseStream(caseId),
    caseId,
    action: 'evidence.added',
    entityType: 'evidence',
    entityId: id,
    changes: createdFields(auditedFields(item, file)),
  });
  return id;
}

/**
 * Adds an uploaded file as evidence. Everything that can refuse the upload is
 * checked before a byte is written; the file is stored before the transaction,
 * so a failed transaction can leave an unreferenced file but never a row without one.
 */
export async function addFileEvidence(
  db: Kysely<Database>,
  actor: ActorContext,
  dataDir: string,
  caseId: string,
  upload: EvidenceUpload,
): Promise<EvidenceItem> {
  if (upload.bytes.length === 0) throw new EmptyEvidenceFileError();
  const contentType = EvidenceContentTypeSchema.safeParse(upload.contentType).data;
  if (!contentType) throw UnsupportedEvidenceTypeError.forType(upload.contentType);
  if (!contentMatchesType(upload.bytes, contentType)) {
    throw new UnsupportedEvidenceTypeError(
      `The file's content is not ${contentType}; upload it with its real type`,
    );
  }
  const definition = await definitionOfCase(db, caseId);
  checkChecklistKey(definition, upload.checklistKey);

  const { sha256, size } = await storeEvidenceFile(dataDir, upload.bytes);
  const id = await db.transaction().execute(async (trx) => {
    await insertEvidenceFileOnce(trx, {
      sha256,
      size,
      content_type: contentType,
      stored_at: new Date().toISOString(),
    });
    return insertAudited(
      trx,
      actor,
      caseId,
      {
        ...noRemoval,
        kind: 'file',
        title: upload.title ?? upload.fileName,
        file_sha256: sha256,
        file_name: upload.fileName,
        email_link_id: null,
        reference: null,
        note: null,
        checklist_key: upload.checklistKey ?? null,
      },
      { size, contentType },
    );
  });
  return getEvidence(db, id);
}

function newItemOf(input: AddEvidenceInput): NewItem {
  const common = {
    ...noRemoval,
    kind: input.kind,
    title: input.title,
    checklist_key: input.checklistKey ?? null,
    file_sha256: null,
    file_name: null,
    email_link_id: null,
    reference: null,
    note: null,
  };
  switch (input.kind) {
    case 'email':
      return { ...common, email_link_id: input.emailLinkId };
    case 'system_reference':
      return { ...common, reference: storeSystemReference(input.system, input.reference) };
    case 'note':
      return { ...common, note: input.text };
  }
}

/** Adds evidence that is not a file: a linked email, a reference in another system, or a note. */
export async function addEvidence(
  db: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  input: AddEvidenceInput,
): Promise<EvidenceItem> {
  const id = await db.transaction().execute(async (trx) => {
    const definition = await definitionOfCase(trx, caseId);
    checkChecklistKey(definition, input.checklistKey);
    if (
      input.kind === 'email' &&
      !(await findActiveEmailLinkOfCase(trx, caseId, input.emailLinkId))
    ) {
      const message = 'Evidence can only point at an email linked to this case';
      throw new ValidationError(message, { issues: [{ path: 'emailLinkId', message }] });
    }
    return insertAudited(trx, actor, caseId, newItemOf(input));
  });
  return getEvidence(db, id);
}
