import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { inject } from 'vitest';
import type { Database } from '../../server/db/database';
import type { DatabaseDialect } from '../../server/db/connect';
import { openPostgres } from '../../server/db/postgres';
import { openSqlite } from '../../server/db/sqlite';

/** Which database this test run uses: the vitest project sets CASELINE_TEST_DB. */
export const testDialect: DatabaseDialect =
  process.env.CASELINE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

export const postgresUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database a test owns: a fresh SQLite file, or a fresh PostgreSQL schema. */
export type TestDatabase = {
  dialect: DatabaseDialect;
  /** The PostgreSQL schema holding this test's tables. */
  schema?: string;
  /** Opens a new connection to the same data, as a restarted server would. */
  open: () => Kysely<Database>;
  /** Removes the data for good. */
  drop: () => Promise<void>;
};

// Each vitest worker of each run gets its own database, and each test app a schema inside it.
// Kysely's migrator looks at every schema of its database, and a schema another
// worker drops mid-look makes that query fail; one database per worker keeps the
// drops of other workers out of sight.
let workerDatabaseUrl: Promise<string> | null = null;

function ensureWorkerDatabase(): Promise<string> {
  workerDatabaseUrl ??= (async () => {
    const name = `caseline_test_${inject('postgresRunId')}_w${process.env.VITEST_POOL_ID ?? '0'}`;
    const admin = openPostgres({ connectionString: postgresUrl, maxConnections: 1 });
    try {
      await sql`create database ${sql.id(name)}`.execute(admin);
    } catch (error) {
      if ((error as { code?: string }).code !== '42P04') throw error;
    } finally {
      await admin.destroy();
    }
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    return url.toString();
  })();
  return workerDatabaseUrl;
}

export async function createTestDatabase(dataDir: string): Promise<TestDatabase> {
  if (testDialect === 'sqlite') {
    const file = join(dataDir, 'caseline.sqlite');
    return { dialect: 'sqlite', open: () => openSqlite(file), drop: async () => undefined };
  }
  const databaseUrl = await ensureWorkerDatabase();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ connectionString: databaseUrl, maxConnections: 1 });
  try {
    await sql`create schema ${sql.id(schema)}`.execute(admin);
  } finally {
    await admin.destroy();
  }
  return {
    dialect: 'postgres',
    schema,
    open: () => openPostgres({ connectionString: databaseUrl, schema, maxConnections: 5 }),
    drop: async () => {
      const cleaner = openPostgres({ connectionString: databaseUrl, maxConnections: 1 });
      try {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(cleaner);
      } finally {
        await cleaner.destroy();
      }
    },
  };
}
