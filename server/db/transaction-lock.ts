import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './database';

/**
 * Makes concurrent transactions that check-then-write the same key take turns. On
 * PostgreSQL it takes a transaction advisory lock, released at commit or rollback;
 * SQLite transactions start with BEGIN IMMEDIATE and already run one at a time.
 */
export async function lockForTransaction(trx: Kysely<Database>, key: string): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`caseline:${key}`}, 0))`.execute(trx);
}
