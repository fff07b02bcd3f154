import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database';

// COUNT(*) and other int8 results arrive as strings by default; Caseline's counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type PostgresOptions = {
  connectionString: string;
  /** Schema to work in; tests give each app its own. */
  schema?: string;
  maxConnections?: number;
};

/** Opens PostgreSQL for teams that outgrow one machine. */
export function openPostgres(options: PostgresOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
