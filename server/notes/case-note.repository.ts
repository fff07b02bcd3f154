import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { CaseNoteTable } from './case-note.table';

function noteQuery(db: Kysely<Database>) {
  return db
    .selectFrom('case_notes')
    .innerJoin('users as author', 'author.id', 'case_notes.author_id')
    .selectAll('case_notes')
    .select('author.name as author_name');
}

export type CaseNoteRow = NonNullable<Awaited<ReturnType<typeof findNoteById>>>;

export function findNoteById(db: Kysely<Database>, id: string) {
  return noteQuery(db).where('case_notes.id', '=', id).executeTakeFirst();
}

export async function insertNote(db: Kysely<Database>, row: Insertable<CaseNoteTable>) {
  await db.insertInto('case_notes').values(row).execute();
}

/** Position in a case's notes, newest first. */
export type CaseNoteKey = { createdAt: string; id: string };

/** A case's notes, newest first, starting after the given key. */
export function listNotesOfCase(
  db: Kysely<Database>,
  caseId: string,
  options: { after?: CaseNoteKey; limit: number },
) {
  let query = noteQuery(db).where('case_notes.case_id', '=', caseId);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('case_notes.created_at', '<', after.createdAt),
        eb.and([
          eb('case_notes.created_at', '=', after.createdAt),
          eb('case_notes.id', '<', after.id),
        ]),
      ]),
    );
  }
  return query
    .orderBy('case_notes.created_at', 'desc')
    .orderBy('case_notes.id', 'desc')
    .limit(options.limit)
    .execute();
}
