import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { DraftTemplateTable } from './draft-template.table';

function templateQuery(db: Kysely<Database>) {
  return db
    .selectFrom('draft_templates')
    .leftJoin('users as editor', 'editor.id', 'draft_templates.updated_by')
    .selectAll('draft_templates')
    .select('editor.name as updated_by_name');
}

export type DraftTemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplateById>>>;

export function findTemplateById(db: Kysely<Database>, id: string) {
  return templateQuery(db).where('draft_templates.id', '=', id).executeTakeFirst();
}

export function findTemplateFor(db: Kysely<Database>, caseType: string, purpose: string) {
  return templateQuery(db)
    .where('draft_templates.case_type', '=', caseType)
    .where('draft_templates.purpose', '=', purpose)
    .executeTakeFirst();
}

export function listTemplates(db: Kysely<Database>) {
  return templateQuery(db).execute();
}

/** Adds a template unless its case type and purpose already have one. */
export async function insertTemplateIfMissing(
  db: Kysely<Database>,
  row: Insertable<DraftTemplateTable>,
) {
  await db
    .insertInto('draft_templates')
    .values(row)
    .onConflict((oc) => oc.columns(['case_type', 'purpose']).doNothing())
    .execute();
}

/** Writes a new text only over the version the editor saw; false when someone else got there first. */
export async function updateTemplateAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: { subject: string; body: string; updated_at: string; updated_by: string },
): Promise<boolean> {
  const result = await db
    .updateTable('draft_templates')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
