import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AddCaseNoteInput, CaseNote, CaseNotePage } from '../../shared/notes/case-note.schema';
import { appendAudit, caseStream, type ActorContext } from '../audit/audit.service';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { decodeCursor, encodeCursor } from '../http/cursor';
import {
  findNoteById,
  insertNote,
  listNotesOfCase,
  type CaseNoteRow,
} from './case-note.repository';

function toCaseNote(row: CaseNoteRow): CaseNote {
  return {
    id: row.id,
    caseId: row.case_id,
    body: row.body,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
  };
}

/**
 * Adds an internal note to a case. The trail keeps the note's words, because it must
 * explain the case on its own; the server's logs never see them.
 */
export async function addCaseNote(
  db: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  input: AddCaseNoteInput,
): Promise<CaseNote> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (!(await findCaseById(trx, caseId))) throw new NotFoundError('Case');
    await insertNote(trx, {
      id,
      case_id: caseId,
      body: input.body,
      author_id: actor.userId,
      created_at: actor.at ?? new Date().toISOString(),
    });
    await appendAudit(trx, actor, {
      stream: caseStream(caseId),
      caseId,
      action: 'note.added',
      entityType: 'case_note',
      entityId: id,
      changes: [{ field: 'body', before: null, after: input.body }],
    });
  });
  const row = await findNoteById(db, id);
  if (!row) throw new NotFoundError('Note');
  return toCaseNote(row);
}

const CursorShape = z.tuple([z.string(), z.string()]);

/** A page of a case's notes, newest first. */
export async function pageCaseNotes(
  db: Kysely<Database>,
  caseId: string,
  query: { cursor?: string; limit: number },
): Promise<CaseNotePage> {
  if (!(await findCaseById(db, caseId))) throw new NotFoundError('Case');
  const after = query.cursor ? decodeCursor(query.cursor, CursorShape) : undefined;
  const rows = await listNotesOfCase(db, caseId, {
    ...(after ? { after: { createdAt: after[0], id: after[1] } } : {}),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toCaseNote),
    ...(rows.length > query.limit && last
      ? { nextCursor: encodeCursor([last.created_at, last.id]) }
      : {}),
  };
}
