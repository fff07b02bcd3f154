import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
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

export async function createTestDatabase(dataDir: string): Promise<TestDatabase> {
  if (testDialect === 'sqlite') {
    const file = join(dataDir, 'caseline.sqlite');
    return { dialect: 'sqlite', open: () => openSqlite(file), drop: async () => undefined };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres({ connectionString: postgresUrl, maxConnections: 1 });
  try {
    await sql`create schema ${sql.id(schema)}`.execute(admin);
  } finally {
    await admin.destroy();
  }
  return {
    dialect: 'postgres',
    schema,
    open: () => openPostgres({ connectionString: postgresUrl, schema, maxConnections: 5 }),
    drop: async () => {
      const cleaner = openPostgres({ connectionString: postgresUrl, maxConnections: 1 });
      try {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(cleaner);
      } finally {
        await cleaner.destroy();
      }
    },
  };
}
