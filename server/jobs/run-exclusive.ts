import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../db/database';

/**
 * Runs a job on one server instance at a time. On PostgreSQL it holds a session
 * advisory lock on one connection for the job's length, and another instance that
 * finds it taken skips this round. SQLite serves one machine, so it just runs.
 * Correctness never rests on this lock: the jobs' writes are guarded by unique
 * keys and conditional updates; the lock only saves duplicate work.
 */
export async function runExclusive(
  db: Kysely<Database>,
  name: string,
  job: () => Promise<void>,
): Promise<boolean> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    await job();
    return true;
  }
  return db.connection().execute(async (connection) => {
    const key = sql`hashtextextended(${`caseline:${name}`}, 0)`;
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(${key}) as locked`.execute(connection);
    if (!rows[0]?.locked) return false;
    try {
      await job();
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}
