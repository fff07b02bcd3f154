/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen and typed loosely on purpose */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// Frozen in time: later changes go in new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  const caseColumns: [string, 'text' | 'integer', string | number | null][] = [
    ['reopen_count', 'integer', 0],
    ['close_reason', 'text', null],
    ['resolution_summary', 'text', null],
    ['root_cause', 'text', null],
    ['customer_response', 'text', null],
    ['blocker_reason', 'text', null],
    ['waiting_on', 'text', null],
    ['stage_entered_at', 'text', ''],
    ['acknowledged_at', 'text', null],
    ['resolved_at', 'text', null],
    ['closed_at', 'text', null],
    ['material_impact', 'integer', 0],
    ['sla_state', 'text', 'on_track'],
    ['sla_due_at', 'text', null],
  ];
  for (const [name, type, fallback] of caseColumns) {
    await db.schema
      .alterTable('cases')
      .addColumn(name, type, (c) => (fallback === null ? c : c.notNull().defaultTo(fallback)))
      .execute();
  }
  await db
    .updateTable('cases')
    .set({ stage_entered_at: sql`created_at` })
    .execute();
  await db.schema
    .createIndex('cases_sla_idx')
    .on('cases')
    .columns(['sla_state', 'sla_due_at'])
    .execute();
  await db.schema
    .createIndex('cases_stage_idx')
    .on('cases')
    .columns(['stage', 'stage_entered_at'])
    .execute();

  await db.schema
    .createTable('stage_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('waiting_on', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stage_changes_case_idx')
    .on('stage_changes')
    .columns(['case_id', 'at'])
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // A stream is one hash chain: `case:<id>`, `client:<id>` or `templates`.
    .addColumn('stream', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('audit_events_stream_seq_unique', ['stream', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_events_case_idx')
    .on('audit_events')
    .columns(['case_id', 'seq'])
    .execute();

  // Append-only, whatever the application does: the database refuses changes to history.
  if (isPostgres(db)) {
    await sql`create or replace function caseline_audit_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_events is append-only'; end $$`.execute(db);
    await sql`create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function caseline_audit_append_only()`.execute(db);
    await sql`create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function caseline_audit_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_events_no_update before update on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
    await sql`create trigger audit_events_no_delete before delete on audit_events
      begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
  }

  await db.schema
    .createTable('evidence_files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('evidence_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.references('evidence_files.sha256'))
    .addColumn('file_name', 'text')
    .addColumn('email_link_id', 'text', (c) => c.references('email_links.id'))
    .addColumn('reference', 'text')
    .addColumn('note', 'text')
    .addColumn('checklist_key', 'text')
    .addColumn('added_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addColumn('removed_by', 'text')
    .addColumn('removal_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('evidence_items_case_idx')
    .on('evidence_items')
    .column('case_id')
    .execute();

  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('asks', 'text', (c) => c.notNull())
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_item_id', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('interactions_client_idx')
    .on('interactions')
    .columns(['client_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('interaction_id', 'text', (c) => c.references('interactions.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('close_condition', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('follow_ups_client_idx')
    .on('follow_ups')
    .columns(['client_id', 'status'])
    .execute();
  await db.schema
    .createIndex('follow_ups_owner_idx')
    .on('follow_ups')
    .columns(['owner_id', 'status', 'due_date'])
    .execute();
  await db.schema.createIndex('follow_ups_case_idx').on('follow_ups').column('case_id').execute();

  await db.schema
    .createTable('approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'text')
    .addColumn('currency', 'text')
    .addColumn('policy_reference', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('approver_role', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('approvals_case_idx')
    .on('approvals')
    .columns(['case_id', 'status'])
    .execute();
  await db.schema
    .createIndex('approvals_pending_idx')
    .on('approvals')
    .columns(['status', 'approver_role', 'requested_at'])
    .execute();

  await db.schema
    .createTable('escalations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('rule_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decide_role', 'text', (c) => c.notNull())
    .addColumn('decide_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
    .addColumn('resolved_at', 'text')
    .addColumn('decision_note', 'text')
    // One escalation per case and rule: the unique key, not the scheduler, makes it fire once.
    .addUniqueConstraint('escalations_case_rule_unique', ['case_id', 'rule_key'])
    .execute();
  await db.schema
    .createIndex('escalations_status_idx')
    .on('escalations')
    .columns(['status', 'decide_by'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();

  await db.schema.alterTable('email_links').addColumn('unlinked_at', 'text').execute();
  await db.schema.alterTable('email_links').addColumn('unlinked_by', 'text').execute();
  await db.schema.alterTable('email_links').addColumn('unlink_reason', 'text').execute();
}

export async function down(): Promise<void> {
  throw new Error('0002_casework is not reversible: it would destroy the audit trail');
}
