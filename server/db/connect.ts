import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from './database';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';

export type DatabaseDialect = 'sqlite' | 'postgres';

/** SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL names one. */
export function openDatabase(options: { databaseUrl?: string; dataDir: string; schema?: string }): {
  db: Kysely<Database>;
  dialect: DatabaseDialect;
  /** PostgreSQL schema the tables live in. */
  schema?: string;
} {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const schema = options.schema ?? 'public';
    return { db: openPostgres({ connectionString: url, schema }), dialect: 'postgres', schema };
  }
  if (url) throw new Error('DATABASE_URL must start with postgres:// (leave it unset for SQLite)');
  return { db: openSqlite(join(options.dataDir, 'caseline.sqlite')), dialect: 'sqlite' };
}
