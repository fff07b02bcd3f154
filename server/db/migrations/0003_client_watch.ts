/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen and typed loosely on purpose */
import type { Kysely } from 'kysely';

// Frozen in time: later changes go in new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('clients')
    .addColumn('vulnerable', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('clients').addColumn('vulnerability_note', 'text').execute();
  // JSON array of short restriction descriptions (e.g. "No outbound payments over GBP 10,000").
  await db.schema
    .alterTable('clients')
    .addColumn('restrictions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('clients').addColumn('next_review_date', 'text').execute();
  await db.schema
    .createIndex('cases_client_type_idx')
    .on('cases')
    .columns(['client_id', 'type', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cases_client_type_idx').execute();
  for (const column of ['next_review_date', 'restrictions', 'vulnerability_note', 'vulnerable']) {
    await db.schema.alterTable('clients').dropColumn(column).execute();
  }
}
