import type { Kysely } from 'kysely';
import type { MessageItem } from '../../shared/mailbox/mailbox-item.schema';
import { devIssuerSettings } from '../auth/dev-issuer';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { refreshSlaSnapshot } from '../sla/case-clocks';
import type { DemoData } from './demo-data.types';
import { seedCase } from './seed-cases';
import { raiseDueEscalations } from './seed-escalations';
import { seedRelationships } from './seed-relationships';

// Demo case numbers start here so references look like a system in use.
const firstDemoCaseNumber = 1001;

function domainOf(email: string): string {
  return (email.split('@')[1] ?? '').toLowerCase();
}

async function seedPeople(trx: Kysely<Database>, data: DemoData, createdAt: string) {
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
        created_at: createdAt,
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
        created_at: createdAt,
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
}

async function seedAllCases(trx: Kysely<Database>, data: DemoData, now: Date) {
  const messages = new Map(
    data.mailbox.flatMap((item): [string, MessageItem][] =>
      item.kind === 'message' ? [[item.internetMessageId, item]] : [],
    ),
  );
  let number = firstDemoCaseNumber;
  for (const demoCase of data.cases) {
    await seedCase(trx, demoCase, number, { now, messages, followUps: data.followUps });
    number += 1;
  }
  await trx
    .insertInto('counters')
    .values({ name: 'case', value: number - 1 })
    .execute();
}

/**
 * Loads the demo data into an empty database, in one transaction; leaves a database with
 * users alone. Every time in the data is relative to `now`, so the SLA states, due dates
 * and expiries look the same whenever the demo starts.
 */
export async function seedDemoDataIfEmpty(
  db: Kysely<Database>,
  data: DemoData,
  now = new Date(),
): Promise<boolean> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return false;
  await db.transaction().execute(async (trx) => {
    await seedPeople(trx, data, now.toISOString());
    await seedAllCases(trx, data, now);
    await seedRelationships(trx, data, now);
    for (const demoCase of data.cases) {
      const row = await findCaseById(trx, demoCase.id);
      if (row) await refreshSlaSnapshot(trx, row, now);
    }
    await raiseDueEscalations(trx, now);
  });
  return true;
}
