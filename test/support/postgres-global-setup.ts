import { sql } from 'kysely';
import { openPostgres } from '../../server/db/postgres';
import { postgresUrl } from './test-database';

/** Fails the PostgreSQL run up front, with the fix, when the server is not there. */
export default async function checkPostgres(): Promise<void> {
  const db = openPostgres({ connectionString: postgresUrl, maxConnections: 1 });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${postgresUrl} (${error instanceof Error ? error.message : error}). ` +
        'Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), ' +
        'set TEST_DATABASE_URL, or locally set CASELINE_SKIP_POSTGRES=1.',
      { cause: error },
    );
  } finally {
    await db.destroy();
  }
}
