import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { EmailLinkTable } from './email-link.table';

function linkQuery(db: Kysely<Database>) {
  return db
    .selectFrom('email_links')
    .innerJoin('users', 'users.id', 'email_links.linked_by')
    .selectAll('email_links')
    .select('users.name as linked_by_name');
}

export type EmailLinkRow = Awaited<ReturnType<typeof findLinksForEmail>>[number];

/** Links made for this message or anywhere in its conversation, oldest first. */
export function findLinksForEmail(
  db: Kysely<Database>,
  email: { internetMessageId?: string; conversationId?: string },
) {
  return linkQuery(db)
    .where('email_links.unlinked_at', 'is', null)
    .where((eb) => {
      const conditions = [];
      if (email.internetMessageId)
        conditions.push(eb('email_links.internet_message_id', '=', email.internetMessageId));
      if (email.conversationId)
        conditions.push(eb('email_links.conversation_id', '=', email.conversationId));
      return eb.or(conditions);
    })
    .orderBy('email_links.linked_at')
    .execute();
}

export function findLink(db: Kysely<Database>, caseId: string, internetMessageId: string) {
  return linkQuery(db)
    .where('email_links.case_id', '=', caseId)
    .where('email_links.internet_message_id', '=', internetMessageId)
    .executeTakeFirst();
}

/** One link of a case by its id, undone or not. */
export function findLinkById(db: Kysely<Database>, caseId: string, linkId: string) {
  return linkQuery(db)
    .where('email_links.case_id', '=', caseId)
    .where('email_links.id', '=', linkId)
    .executeTakeFirst();
}

/** The cases other than this one that the message is linked to now. */
export async function findActiveCasesOfMessage(
  db: Kysely<Database>,
  internetMessageId: string,
  exceptCaseId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('email_links')
    .select('case_id')
    .where('internet_message_id', '=', internetMessageId)
    .where('case_id', '<>', exceptCaseId)
    .where('unlinked_at', 'is', null)
    .execute();
  return rows.map((r) => r.case_id);
}

/** Undoes a link; true only for the request that undid it, so a race unlinks once. */
export async function markUnlinked(
  db: Kysely<Database>,
  linkId: string,
  unlink: { at: string; by: string; reason: string },
): Promise<boolean> {
  const result = await db
    .updateTable('email_links')
    .set({ unlinked_at: unlink.at, unlinked_by: unlink.by, unlink_reason: unlink.reason })
    .where('id', '=', linkId)
    .where('unlinked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Puts an undone link back for a new linker. The table keeps one row per case and
 * message, so relinking reuses it; the audit trail keeps the earlier unlink.
 */
export async function relinkOnce(
  db: Kysely<Database>,
  linkId: string,
  link: { linkedBy: string; linkedAt: string; subject: string },
): Promise<boolean> {
  const result = await db
    .updateTable('email_links')
    .set({
      linked_by: link.linkedBy,
      linked_at: link.linkedAt,
      subject: link.subject,
      unlinked_at: null,
      unlinked_by: null,
      unlink_reason: null,
    })
    .where('id', '=', linkId)
    .where('unlinked_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Inserts a link unless the case already has a row for the message; true when it inserted. */
export async function insertLinkOnce(
  db: Kysely<Database>,
  row: Insertable<EmailLinkTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('email_links')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'internet_message_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
