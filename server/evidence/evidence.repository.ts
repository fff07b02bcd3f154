import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../db/database';
import type { EvidenceFileTable, EvidenceItemTable } from './evidence.table';

/** Evidence on a case that has not been removed, oldest first. */
export function listActiveEvidence(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('evidence_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('removed_at', 'is', null)
    .orderBy('added_at')
    .execute();
}

function itemQuery(db: Kysely<Database>) {
  return db
    .selectFrom('evidence_items')
    .innerJoin('users as adder', 'adder.id', 'evidence_items.added_by')
    .leftJoin('evidence_files', 'evidence_files.sha256', 'evidence_items.file_sha256')
    .leftJoin('email_links', 'email_links.id', 'evidence_items.email_link_id')
    .selectAll('evidence_items')
    .select([
      'adder.name as added_by_name',
      'evidence_files.size as file_size',
      'evidence_files.content_type as file_content_type',
      'email_links.internet_message_id as email_internet_message_id',
      'email_links.subject as email_subject',
    ]);
}

export type EvidenceRow = NonNullable<Awaited<ReturnType<typeof findEvidenceById>>>;

export function findEvidenceById(db: Kysely<Database>, id: string) {
  return itemQuery(db).where('evidence_items.id', '=', id).executeTakeFirst();
}

/** A case's evidence, oldest first; removed items only when asked for. */
export function listEvidenceOfCase(
  db: Kysely<Database>,
  caseId: string,
  options: { includeRemoved: boolean },
) {
  let query = itemQuery(db).where('evidence_items.case_id', '=', caseId);
  if (!options.includeRemoved) query = query.where('evidence_items.removed_at', 'is', null);
  return query.orderBy('evidence_items.added_at').orderBy('evidence_items.id').execute();
}

/** An email link of this case that is still in place. */
export function findActiveEmailLinkOfCase(db: Kysely<Database>, caseId: string, linkId: string) {
  return db
    .selectFrom('email_links')
    .select(['id', 'internet_message_id', 'subject'])
    .where('id', '=', linkId)
    .where('case_id', '=', caseId)
    .where('unlinked_at', 'is', null)
    .executeTakeFirst();
}

/** Records a stored file; the same bytes uploaded again leave the first row as it is. */
export async function insertEvidenceFileOnce(
  db: Kysely<Database>,
  row: Insertable<EvidenceFileTable>,
): Promise<void> {
  await db
    .insertInto('evidence_files')
    .values(row)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export function findEvidenceFile(db: Kysely<Database>, sha256: string) {
  return db
    .selectFrom('evidence_files')
    .selectAll()
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function insertEvidenceItem(
  db: Kysely<Database>,
  row: Insertable<EvidenceItemTable>,
): Promise<void> {
  await db.insertInto('evidence_items').values(row).execute();
}

/** Writes a change only if the item is still at the version the caller read; answers whether it was. */
export async function updateEvidenceAtVersion(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  changes: Updateable<EvidenceItemTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('evidence_items')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
