import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CaseDetail } from '../../shared/cases/case-detail.schema';
import type { Case, CreateCaseInput } from '../../shared/cases/case.schema';
import { clocksOfCase, refreshSlaSnapshot } from '../sla/case-clocks';
import { caseTypeDefinition } from '../../shared/cases/case-types';
import { findClientById, findContactById } from '../clients/client.repository';
import type { Database } from '../db/database';
import { findActiveCasesOfMessage, insertLinkOnce } from '../emails/email-link.repository';
import { lockForTransaction } from '../db/transaction-lock';
import { DomainError, NotFoundError, ValidationError } from '../errors';
import { appendAudit, caseStream, createdFields, type ActorContext } from '../audit/audit.service';
import {
  getCaseIntake,
  loadAnalysisForCase,
  recordCaseIntake,
} from '../intake/case-intake.service';
import {
  findCaseById,
  findCaseBySourceMessage,
  insertCaseOnce,
  insertStageChange,
  nextCounterValue,
  type CaseRow,
} from './case.repository';

/** Formats a case number the way people quote it on the phone: CASE-000123. */
export function caseReference(number: number): string {
  return `CASE-${String(number).padStart(6, '0')}`;
}

export function toCase(row: CaseRow): Case {
  return {
    id: row.id,
    reference: caseReference(row.number),
    version: row.version,
    clientId: row.client_id,
    clientName: row.client_name,
    contactId: row.contact_id,
    type: row.type as Case['type'],
    priority: row.priority as Case['priority'],
    stage: row.stage as Case['stage'],
    title: row.title,
    description: row.description,
    channel: row.channel as Case['channel'],
    queue: row.queue,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    stageEnteredAt: row.stage_entered_at,
    reopenCount: row.reopen_count,
    blockerReason: row.blocker_reason,
    waitingOn: row.waiting_on,
    closeReason: row.close_reason,
    resolutionSummary: row.resolution_summary,
    rootCause: row.root_cause,
    customerResponse: row.customer_response,
    acknowledgedAt: row.acknowledged_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    materialImpact: row.material_impact === 1,
    slaState: row.sla_state as Case['slaState'],
    slaDueAt: row.sla_due_at,
  };
}

export async function getCase(db: Kysely<Database>, id: string): Promise<Case> {
  const row = await findCaseById(db, id);
  if (!row) throw new NotFoundError('Case');
  return toCase(row);
}

/** A case with its SLA clocks as they stand now. */
export async function getCaseDetail(
  db: Kysely<Database>,
  id: string,
  now = new Date(),
): Promise<CaseDetail> {
  const row = await findCaseById(db, id);
  if (!row) throw new NotFoundError('Case');
  return {
    ...toCase(row),
    clocks: await clocksOfCase(db, row, now),
    intake: await getCaseIntake(db, id),
  };
}

/** Re-reads a case inside a transaction and stores its SLA snapshot after a change. */
export async function refreshCaseSla(trx: Kysely<Database>, id: string, now: Date): Promise<void> {
  const row = await findCaseById(trx, id);
  if (row) await refreshSlaSnapshot(trx, row, now);
}

// Thrown inside the transaction to roll back the counter when another request
// made the case from the same email first.
class CaseAlreadyMade extends Error {}

async function existingCaseFor(db: Kysely<Database>, internetMessageId: string) {
  const row = await findCaseBySourceMessage(db, internetMessageId);
  return row ? toCase(row) : undefined;
}

/**
 * Makes a case from an email, or returns the case that email already made.
 * The unique source-message column decides races, not a read-then-write.
 */
export async function createCaseFromEmail(
  db: Kysely<Database>,
  actor: ActorContext,
  input: CreateCaseInput,
): Promise<{ case: Case; created: boolean }> {
  const messageId = input.sourceEmail.internetMessageId;
  const earlier = await existingCaseFor(db, messageId);
  if (earlier) return { case: earlier, created: false };

  if (!(await findClientById(db, input.clientId))) throw new NotFoundError('Client');
  if (input.contactId) {
    const contact = await findContactById(db, input.contactId);
    if (!contact || contact.client_id !== input.clientId) {
      throw new ValidationError('The contact does not belong to that client', {
        issues: [{ path: 'contactId', message: 'Not a contact of this client' }],
      });
    }
  }

  // Checked before the case exists: someone else's or a used analysis refuses the whole create.
  const intake = input.intake
    ? await loadAnalysisForCase(db, input.intake.analysisId, actor.userId)
    : null;

  const id = randomUUID();
  const now = new Date().toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      // An email linked to a case it did not make is still that case's: it makes no second one.
      await lockForTransaction(trx, `email:${messageId}`);
      // A create that waited on the lock finds the case the winner made, and answers it.
      if (await findCaseBySourceMessage(trx, messageId)) throw new CaseAlreadyMade();
      if ((await findActiveCasesOfMessage(trx, messageId, id)).length > 0)
        throw new DomainError(
          'conflict',
          'This email is already on a case. Open that case, or unlink the email there first.',
        );
      const number = await nextCounterValue(trx, 'case');
      const inserted = await insertCaseOnce(trx, {
        id,
        number,
        client_id: input.clientId,
        contact_id: input.contactId ?? null,
        type: input.type,
        priority: input.priority,
        stage: 'new',
        title: input.title,
        description: input.description,
        channel: input.channel,
        queue: caseTypeDefinition(input.type).queue,
        owner_id: actor.userId,
        source_message_id: messageId,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        stage_entered_at: now,
        version: 1,
      });
      if (!inserted) throw new CaseAlreadyMade();
      await insertStageChange(trx, {
        id: randomUUID(),
        case_id: id,
        from_stage: null,
        to_stage: 'new',
        actor_id: actor.userId,
        reason: 'Created from an email',
        waiting_on: null,
        at: now,
      });
      await appendAudit(trx, actor, {
        stream: caseStream(id),
        caseId: id,
        action: 'case.created',
        entityType: 'case',
        entityId: id,
        changes: createdFields({
          reference: caseReference(number),
          clientId: input.clientId,
          contactId: input.contactId ?? null,
          type: input.type,
          priority: input.priority,
          title: input.title,
          channel: input.channel,
          queue: caseTypeDefinition(input.type).queue,
          ownerId: actor.userId,
          stage: 'new',
          sourceMessageId: messageId,
        }),
      });
      const linkId = randomUUID();
      await appendAudit(trx, actor, {
        stream: caseStream(id),
        caseId: id,
        action: 'email.linked',
        entityType: 'email_link',
        entityId: linkId,
        changes: createdFields({
          internetMessageId: messageId,
          conversationId: input.sourceEmail.conversationId ?? null,
          subject: input.sourceEmail.subject,
          receivedAt: input.sourceEmail.receivedAt,
        }),
      });
      await insertLinkOnce(trx, {
        id: linkId,
        case_id: id,
        internet_message_id: messageId,
        conversation_id: input.sourceEmail.conversationId ?? null,
        subject: input.sourceEmail.subject,
        from_email: input.sourceEmail.from.email.toLowerCase(),
        received_at: input.sourceEmail.receivedAt,
        linked_by: actor.userId,
        linked_at: now,
        unlinked_at: null,
        unlinked_by: null,
        unlink_reason: null,
      });
      if (intake)
        await recordCaseIntake(trx, actor, id, intake, {
          caseType: input.type,
          priority: input.priority,
        });
      await refreshCaseSla(trx, id, new Date(now));
    });
  } catch (error) {
    if (!(error instanceof CaseAlreadyMade)) throw error;
    const winner = await existingCaseFor(db, messageId);
    if (!winner)
      throw new Error('Case from this email vanished after a conflict', { cause: error });
    return { case: winner, created: false };
  }
  return { case: await getCase(db, id), created: true };
}
