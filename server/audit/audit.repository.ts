import { PostgresAdapter, sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { AuditEventTable } from './audit.table';

/**
 * Serialises writers of one stream until the transaction ends. SQLite already has
 * a single writer; PostgreSQL takes a transaction-scoped advisory lock.
 */
export async function lockStream(trx: Kysely<Database>, stream: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${stream}, 0))`.execute(trx);
  }
}

export function findLastEvent(db: Kysely<Database>, stream: string) {
  return db
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .where('stream', '=', stream)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertEvent(db: Kysely<Database>, row: Insertable<AuditEventTable>) {
  await db.insertInto('audit_events').values(row).execute();
}

export function listStreamEvents(db: Kysely<Database>, stream: string) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('stream', '=', stream)
    .orderBy('seq')
    .execute();
}

export function listCaseEventsWithActors(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.actor_id')
    .selectAll('audit_events')
    .select('users.name as actor_name')
    .where('audit_events.stream', '=', `case:${caseId}`)
    .orderBy('audit_events.seq')
    .execute();
}
