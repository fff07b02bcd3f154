import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../server/db/postgres';
import { postgresUrl } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this run's PostgreSQL test databases, so concurrent runs never share one. */
    postgresRunId: string;
  }
}

/** Fails the PostgreSQL run up front, with the fix, when the server is not there; cleans up after. */
export default async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
  const runId = `r${process.pid}`;
  const db = openPostgres({ connectionString: postgresUrl, maxConnections: 1 });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new Error(
      `PostgreSQL is not reachable at ${postgresUrl} (${error instanceof Error ? error.message : error}). ` +
        'Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), ' +
        'set TEST_DATABASE_URL, or locally set CASELINE_SKIP_POSTGRES=1.',
      { cause: error },
    );
  }
  project.provide('postgresRunId', runId);
  return async () => {
    try {
      const { rows } = await sql<{ datname: string }>`
        select datname from pg_database where datname like ${`caseline_test_${runId}_%`}`.execute(
        db,
      );
      for (const { datname } of rows) {
        await sql`drop database if exists ${sql.id(datname)} with (force)`.execute(db);
      }
    } finally {
      await db.destroy();
    }
  };
}
