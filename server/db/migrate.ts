import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/0001_initial';
import * as casework from './migrations/0002_casework';
import * as clientWatch from './migrations/0003_client_watch';
import * as draftTemplates from './migrations/0004_draft_templates';
import * as intakeAnalyses from './migrations/0005_intake_analyses';
import * as caseNotes from './migrations/0006_case_notes';

// Listed in code rather than read from disk so the migrations travel with the
// bundle and their order is explicit.
const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_casework': casework,
  '0003_client_watch': clientWatch,
  '0004_draft_templates': draftTemplates,
  '0005_intake_analyses': intakeAnalyses,
  '0006_case_notes': caseNotes,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws if any migration fails. */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
  db: Kysely<any>,
  options: { schema?: string } = {},
): Promise<void> {
  // Naming the schema matters on PostgreSQL: without it Kysely looks for its
  // bookkeeping tables in every schema and can find another database's.
  const migrator = new Migrator({
    db,
    provider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause =
      error instanceof Error ? error : new Error(String(error ?? failed?.migrationName));
    throw new Error(`Migration failed: ${cause.message}`, { cause });
  }
}
