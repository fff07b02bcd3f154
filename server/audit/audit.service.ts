import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditEntry, AuditVerification, FieldChange } from '../../shared/audit/audit.schema';
import type { Database } from '../db/database';
import { eventHash, genesisHash } from './audit-hash';
import { describeEvent } from './audit-summary';
import {
  findLastEvent,
  insertEvent,
  listCaseEventsWithActors,
  listStreamEvents,
  lockStream,
} from './audit.repository';

/** Who is acting, and in which request: every service call that changes data carries one. */
export type ActorContext = {
  userId: string;
  requestId: string;
  /** When the action happened, if not now: only the demo seed replaying history sets it. */
  at?: string;
};

export type AuditEventInput = {
  stream: string;
  caseId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: FieldChange[];
};

export const caseStream = (caseId: string) => `case:${caseId}`;
export const clientStream = (clientId: string) => `client:${clientId}`;

/** Lists the fields that differ between two records, for an update's audit event. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  return Object.keys(after)
    .filter(
      (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
    )
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** Fields of a new record, as changes from nothing. */
export function createdFields(record: Record<string, unknown>): FieldChange[] {
  return Object.entries(record).map(([field, after]) => ({
    field,
    before: null,
    after: after ?? null,
  }));
}

/**
 * Appends one event to its stream's hash chain. Call it inside the transaction
 * that makes the change, so the change and its record commit or fail together.
 */
export async function appendAudit(
  trx: Kysely<Database>,
  actor: ActorContext,
  event: AuditEventInput,
): Promise<void> {
  await lockStream(trx, event.stream);
  const last = await findLastEvent(trx, event.stream);
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? genesisHash;
  const at = actor.at ?? new Date().toISOString();
  const content = {
    stream: event.stream,
    seq,
    caseId: event.caseId,
    actorId: actor.userId,
    requestId: actor.requestId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes,
    at,
    prevHash,
  };
  await insertEvent(trx, {
    id: randomUUID(),
    stream: event.stream,
    seq,
    case_id: event.caseId,
    actor_id: actor.userId,
    request_id: actor.requestId,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    changes: JSON.stringify(event.changes),
    at,
    prev_hash: prevHash,
    hash: eventHash(content),
  });
}

/** Recomputes a stream's chain from its first event and names the first link that does not hold. */
export async function verifyStream(
  db: Kysely<Database>,
  stream: string,
): Promise<AuditVerification> {
  const events = await listStreamEvents(db, stream);
  let prevHash = genesisHash;
  for (const [index, row] of events.entries()) {
    const broken = (problem: 'hash_mismatch' | 'broken_link' | 'gap') => ({
      valid: false,
      eventCount: events.length,
      firstBroken: { seq: row.seq, eventId: row.id, problem },
    });
    if (row.seq !== index + 1) return broken('gap');
    if (row.prev_hash !== prevHash) return broken('broken_link');
    let changes: unknown;
    try {
      changes = JSON.parse(row.changes);
    } catch {
      return broken('hash_mismatch');
    }
    const recomputed = eventHash({
      stream: row.stream,
      seq: row.seq,
      caseId: row.case_id,
      actorId: row.actor_id,
      requestId: row.request_id,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      changes,
      at: row.at,
      prevHash: row.prev_hash,
    });
    if (recomputed !== row.hash) return broken('hash_mismatch');
    prevHash = row.hash;
  }
  return { valid: true, eventCount: events.length, firstBroken: null };
}

/** A case's audit trail as a timeline a reviewer can read. */
export async function caseTimeline(db: Kysely<Database>, caseId: string): Promise<AuditEntry[]> {
  const rows = await listCaseEventsWithActors(db, caseId);
  return rows.map((row) => {
    const changes = JSON.parse(row.changes) as FieldChange[];
    const actorName =
      row.actor_name ?? (row.actor_id === 'system' ? 'Caseline (automatic)' : row.actor_id);
    return {
      id: row.id,
      seq: row.seq,
      at: row.at,
      actor: { id: row.actor_id, name: actorName },
      requestId: row.request_id,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      summary: describeEvent(actorName, row.action, changes),
      changes,
      hash: row.hash,
    };
  });
}
