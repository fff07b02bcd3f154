/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen and typed loosely on purpose */
import type { Kysely } from 'kysely';

// Frozen in time: later changes go in new migrations, never here. The default
// texts are not copied in here: the server adds any missing (case type, purpose)
// template when it starts, so a case type added later gets its templates too.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('draft_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_type', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('draft_templates_type_purpose_key', ['case_type', 'purpose'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('draft_templates').execute();
}
