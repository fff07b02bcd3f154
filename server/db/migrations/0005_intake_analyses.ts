/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen and typed loosely on purpose */
import type { Kysely } from 'kysely';

// Frozen in time: later changes go in new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per analyze call: what was suggested, by what, and (for a model) what it saw and said.
  await db.schema
    .createTable('intake_analyses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('analyzed_at', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    // JSON: the IntakeAnalysis returned to the add-in.
    .addColumn('suggestion', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text')
    .addColumn('output', 'text')
    .addColumn('fallback_reason', 'text')
    .execute();
  await db.schema
    .createIndex('intake_analyses_user_idx')
    .on('intake_analyses')
    .columns(['user_id', 'analyzed_at'])
    .execute();

  // Suggested vs chosen for a case made from a suggestion; one analysis serves one case.
  await db.schema
    .createTable('case_intake')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
    .addColumn('analysis_id', 'text', (c) => c.notNull().unique().references('intake_analyses.id'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('suggested_type', 'text', (c) => c.notNull())
    .addColumn('suggested_priority', 'text', (c) => c.notNull())
    .addColumn('suggested_confidence', 'double precision', (c) => c.notNull())
    // JSON array of missing-item codes.
    .addColumn('suggested_missing', 'text', (c) => c.notNull())
    .addColumn('chosen_type', 'text', (c) => c.notNull())
    .addColumn('chosen_priority', 'text', (c) => c.notNull())
    .addColumn('type_accepted', 'integer', (c) => c.notNull())
    .addColumn('priority_accepted', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_intake').execute();
  await db.schema.dropTable('intake_analyses').execute();
}
