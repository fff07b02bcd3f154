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

export async function insertLinkOnce(db: Kysely<Database>, row: Insertable<EmailLinkTable>) {
  await db
    .insertInto('email_links')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'internet_message_id']).doNothing())
    .execute();
}
