import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { devIssuerSettings } from '../auth/dev-issuer';
import type { Database } from '../db/database';
import type { DemoData } from './demo-data.types';

// Demo case numbers start here so references look like a system in use.
const firstDemoCaseNumber = 1001;

function domainOf(email: string): string {
  return (email.split('@')[1] ?? '').toLowerCase();
}

/** Loads the demo data into an empty database; leaves a database with users alone. */
export async function seedDemoDataIfEmpty(db: Kysely<Database>, data: DemoData): Promise<boolean> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return false;
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values(
        data.users.map((u) => ({
          id: u.id,
          tenant_id: devIssuerSettings.tenantId,
          object_id: u.id,
          name: u.name,
          email: u.email,
          roles: JSON.stringify(u.roles),
          team: u.team,
          created_at: now,
        })),
      )
      .execute();
    for (const client of data.clients) {
      await trx
        .insertInto('clients')
        .values({
          id: client.id,
          name: client.name,
          segment: client.segment,
          owner_id: client.ownerId,
          client_since: client.clientSince,
          risk_rating: client.riskRating,
          created_at: now,
        })
        .execute();
      if (client.contacts.length > 0) {
        await trx
          .insertInto('contacts')
          .values(
            client.contacts.map((c) => ({
              id: c.id,
              client_id: client.id,
              name: c.name,
              email: c.email.toLowerCase(),
              email_domain: domainOf(c.email),
              role: c.role,
            })),
          )
          .execute();
      }
      if (client.accounts.length > 0) {
        await trx
          .insertInto('accounts')
          .values(client.accounts.map((a) => ({ ...a, client_id: client.id })))
          .execute();
      }
    }
    const messages = new Map(
      data.mailbox.flatMap((item) =>
        item.kind === 'message' ? [[item.internetMessageId, item]] : [],
      ),
    );
    let number = firstDemoCaseNumber;
    for (const seedCase of data.cases) {
      await trx
        .insertInto('cases')
        .values({
          id: seedCase.id,
          number,
          client_id: seedCase.clientId,
          contact_id: seedCase.contactId,
          type: seedCase.type,
          priority: seedCase.priority,
          stage: seedCase.stage,
          title: seedCase.title,
          description: seedCase.description,
          channel: seedCase.sourceMessageId ? 'email' : 'phone',
          queue: seedCase.queue,
          owner_id: seedCase.ownerId,
          source_message_id: seedCase.sourceMessageId,
          created_by: seedCase.createdBy,
          created_at: seedCase.createdAt,
          updated_at: seedCase.createdAt,
          stage_entered_at: seedCase.createdAt,
          version: 1,
        })
        .execute();
      number += 1;
      const message = seedCase.sourceMessageId ? messages.get(seedCase.sourceMessageId) : undefined;
      if (message) {
        await trx
          .insertInto('email_links')
          .values({
            id: randomUUID(),
            case_id: seedCase.id,
            internet_message_id: message.internetMessageId,
            conversation_id: message.conversationId,
            subject: message.subject,
            from_email: message.from.email.toLowerCase(),
            received_at: message.receivedAt,
            linked_by: seedCase.createdBy,
            linked_at: seedCase.createdAt,
          })
          .execute();
      }
    }
    await trx
      .insertInto('counters')
      .values({ name: 'case', value: number - 1 })
      .execute();
  });
  return true;
}
