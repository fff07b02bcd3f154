/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen and typed loosely on purpose */
import type { Kysely } from 'kysely';

// Frozen in time: later changes go in new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_tenant_object_unique', ['tenant_id', 'object_id'])
    .execute();

  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('client_since', 'text', (c) => c.notNull())
    .addColumn('risk_rating', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clients_name_idx').on('clients').columns(['name', 'id']).execute();
  await db.schema.createIndex('clients_owner_idx').on('clients').column('owner_id').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_domain', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .execute();
  await db.schema.createIndex('contacts_client_idx').on('contacts').column('client_id').execute();
  await db.schema.createIndex('contacts_email_idx').on('contacts').column('email').execute();
  await db.schema
    .createIndex('contacts_domain_idx')
    .on('contacts')
    .column('email_domain')
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('balance', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('accounts_client_idx').on('accounts').column('client_id').execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    // One case per source email, enforced by the database rather than a read-then-write.
    .addColumn('source_message_id', 'text', (c) => c.unique())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cases_client_stage_idx')
    .on('cases')
    .columns(['client_id', 'stage'])
    .execute();
  await db.schema.createIndex('cases_owner_idx').on('cases').column('owner_id').execute();
  await db.schema
    .createIndex('cases_queue_stage_idx')
    .on('cases')
    .columns(['queue', 'stage'])
    .execute();

  await db.schema
    .createTable('email_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('internet_message_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('from_email', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('email_links_case_message_unique', ['case_id', 'internet_message_id'])
    .execute();
  await db.schema
    .createIndex('email_links_message_idx')
    .on('email_links')
    .column('internet_message_id')
    .execute();
  await db.schema
    .createIndex('email_links_conversation_idx')
    .on('email_links')
    .column('conversation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'email_links',
    'cases',
    'counters',
    'accounts',
    'contacts',
    'clients',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
