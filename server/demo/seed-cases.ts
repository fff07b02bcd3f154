import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Stage } from '../../shared/cases/case.schema';
import { finishedStages, isReopen } from '../../shared/cases/lifecycle';
import type { MessageItem } from '../../shared/mailbox/mailbox-item.schema';
import { calendarForQueue } from '../../shared/sla/calendars';
import { appendAudit, caseStream, createdFields, diffFields } from '../audit/audit.service';
import { insertStageChange } from '../cases/case.repository';
import { caseReference } from '../cases/case.service';
import type { Database } from '../db/database';
import { caseHistory, expiryOf, instantOf, type TimedStep } from './demo-clock';
import type { DemoCase } from './demo-data.types';
import type { DemoFollowUp } from './demo-work.types';
import { approvalWrites, evidenceWrites, type CaseClock } from './seed-case-work';
import { followUpWrites } from './seed-relationships';
import { demoActor, runInTimeOrder, type TimedWrite } from './seed-writes';

// One demo case: its row, its creation, its email, then every step, piece of evidence,
// approval and follow-up in the order they happened, as transitionCase and the other
// services would have recorded them.

export type CaseSeedContext = {
  now: Date;
  messages: ReadonlyMap<string, MessageItem>;
  followUps: readonly DemoFollowUp[];
};

/** The fields a transition changes, as case-transition.service.ts tracks them. */
type CaseState = {
  stage: Stage;
  stageEnteredAt: string;
  blockerReason: string | null;
  waitingOn: string | null;
  closeReason: string | null;
  resolutionSummary: string | null;
  rootCause: string | null;
  customerResponse: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  reopenCount: number;
  version: number;
};

function newCaseState(createdAt: string): CaseState {
  return {
    stage: 'new',
    stageEnteredAt: createdAt,
    blockerReason: null,
    waitingOn: null,
    closeReason: null,
    resolutionSummary: null,
    rootCause: null,
    customerResponse: null,
    resolvedAt: null,
    closedAt: null,
    reopenCount: 0,
    version: 1,
  };
}

function audited(state: CaseState) {
  return {
    stage: state.stage,
    blockerReason: state.blockerReason,
    waitingOn: state.waitingOn,
    closeReason: state.closeReason,
    resolutionSummary: state.resolutionSummary,
    rootCause: state.rootCause,
    customerResponse: state.customerResponse,
    reopenCount: state.reopenCount,
  };
}

function stateAfter(state: CaseState, seedCase: DemoCase, step: TimedStep): CaseState {
  const at = step.at.toISOString();
  const to = step.stage;
  const reopening = isReopen(step.from, to);
  const closure = finishedStages.includes(to) ? seedCase.closure : undefined;
  return {
    stage: to,
    stageEnteredAt: at,
    blockerReason:
      to === 'waiting_customer' || to === 'waiting_internal' ? (step.reason ?? null) : null,
    waitingOn:
      to === 'waiting_internal'
        ? (step.waitingOn ?? null)
        : to === 'waiting_customer'
          ? 'customer'
          : null,
    closeReason: closure?.reason ?? state.closeReason,
    resolutionSummary: closure?.summary ?? state.resolutionSummary,
    rootCause: closure?.rootCause ?? state.rootCause,
    customerResponse: closure?.customerResponse ?? state.customerResponse,
    resolvedAt: to === 'resolved' ? at : reopening ? null : state.resolvedAt,
    closedAt: to === 'closed' ? at : reopening ? null : state.closedAt,
    reopenCount: state.reopenCount + (reopening ? 1 : 0),
    version: state.version + 1,
  };
}

function stepWrite(
  trx: Kysely<Database>,
  seedCase: DemoCase,
  step: TimedStep,
  state: { current: CaseState },
): TimedWrite {
  return {
    at: step.at,
    write: async () => {
      const before = state.current;
      const after = stateAfter(before, seedCase, step);
      await insertStageChange(trx, {
        id: randomUUID(),
        case_id: seedCase.id,
        from_stage: before.stage,
        to_stage: after.stage,
        actor_id: step.actor,
        reason: step.reason ?? null,
        waiting_on: after.waitingOn,
        at: after.stageEnteredAt,
      });
      await appendAudit(trx, demoActor(step.actor), {
        stream: caseStream(seedCase.id),
        caseId: seedCase.id,
        action: isReopen(before.stage, after.stage) ? 'case.reopened' : 'case.stage_changed',
        entityType: 'case',
        entityId: seedCase.id,
        changes: [
          ...diffFields(audited(before), audited(after)),
          { field: 'reason', before: null, after: step.reason ?? null },
        ],
      });
      state.current = after;
    },
  };
}

async function insertCase(
  trx: Kysely<Database>,
  seedCase: DemoCase,
  number: number,
  createdAt: string,
) {
  await trx
    .insertInto('cases')
    .values({
      id: seedCase.id,
      number,
      client_id: seedCase.clientId,
      contact_id: seedCase.contactId,
      type: seedCase.type,
      priority: seedCase.priority,
      stage: 'new',
      title: seedCase.title,
      description: seedCase.description,
      channel: seedCase.sourceMessageId ? 'email' : 'phone',
      queue: seedCase.queue,
      owner_id: seedCase.ownerId,
      source_message_id: seedCase.sourceMessageId,
      created_by: seedCase.createdBy,
      created_at: createdAt,
      updated_at: createdAt,
      stage_entered_at: createdAt,
      material_impact: seedCase.materialImpact ? 1 : 0,
      version: 1,
    })
    .execute();
  await insertStageChange(trx, {
    id: randomUUID(),
    case_id: seedCase.id,
    from_stage: null,
    to_stage: 'new',
    actor_id: seedCase.createdBy,
    reason: seedCase.sourceMessageId ? 'Created from an email' : 'Logged from a phone call',
    waiting_on: null,
    at: createdAt,
  });
  await appendAudit(
    trx,
    { ...demoActor(seedCase.createdBy), at: createdAt },
    {
      stream: caseStream(seedCase.id),
      caseId: seedCase.id,
      action: 'case.created',
      entityType: 'case',
      entityId: seedCase.id,
      changes: createdFields({
        reference: caseReference(number),
        clientId: seedCase.clientId,
        contactId: seedCase.contactId,
        type: seedCase.type,
        priority: seedCase.priority,
        title: seedCase.title,
        channel: seedCase.sourceMessageId ? 'email' : 'phone',
        queue: seedCase.queue,
        ownerId: seedCase.ownerId,
        stage: 'new',
        sourceMessageId: seedCase.sourceMessageId,
        materialImpact: seedCase.materialImpact ?? false,
      }),
    },
  );
}

/** Links the email the case was made from, as createCaseFromEmail does; answers the link id. */
async function linkSourceEmail(
  trx: Kysely<Database>,
  seedCase: DemoCase,
  message: MessageItem,
  createdAt: string,
): Promise<string> {
  const id = randomUUID();
  await appendAudit(
    trx,
    { ...demoActor(seedCase.createdBy), at: createdAt },
    {
      stream: caseStream(seedCase.id),
      caseId: seedCase.id,
      action: 'email.linked',
      entityType: 'email_link',
      entityId: id,
      changes: createdFields({
        internetMessageId: message.internetMessageId,
        conversationId: message.conversationId,
        subject: message.subject,
        receivedAt: message.receivedAt,
      }),
    },
  );
  await trx
    .insertInto('email_links')
    .values({
      id,
      case_id: seedCase.id,
      internet_message_id: message.internetMessageId,
      conversation_id: message.conversationId,
      subject: message.subject,
      from_email: message.from.email.toLowerCase(),
      received_at: message.receivedAt,
      linked_by: seedCase.createdBy,
      linked_at: createdAt,
    })
    .execute();
  return id;
}

/** Writes one demo case and everything that happened to it, up to `now`. */
export async function seedCase(
  trx: Kysely<Database>,
  seedCase: DemoCase,
  number: number,
  context: CaseSeedContext,
): Promise<void> {
  const { now } = context;
  const calendar = calendarForQueue(seedCase.queue);
  const clock: CaseClock = {
    at: (when) => instantOf(when, calendar, now),
    expiry: (expires) => (expires ? expiryOf(expires, calendar, now) : null),
  };
  const history = caseHistory(seedCase, now);
  const createdAt = history.createdAt.toISOString();
  await insertCase(trx, seedCase, number, createdAt);
  const message = seedCase.sourceMessageId
    ? context.messages.get(seedCase.sourceMessageId)
    : undefined;
  const linkId = message ? await linkSourceEmail(trx, seedCase, message, createdAt) : null;

  const state = { current: newCaseState(createdAt) };
  const followUps = context.followUps.filter((f) => f.caseId === seedCase.id);
  // At one instant, evidence and approvals come before the stage move they lead to.
  await runInTimeOrder([
    ...evidenceWrites(trx, seedCase, clock, linkId),
    ...approvalWrites(trx, seedCase, clock),
    ...followUps.flatMap((f) => followUpWrites(trx, f, now)),
    ...history.steps.map((step) => stepWrite(trx, seedCase, step, state)),
  ]);

  await storeFinalState(trx, seedCase.id, state.current);
}

async function storeFinalState(trx: Kysely<Database>, caseId: string, final: CaseState) {
  await trx
    .updateTable('cases')
    .set({
      stage: final.stage,
      stage_entered_at: final.stageEnteredAt,
      updated_at: final.stageEnteredAt,
      blocker_reason: final.blockerReason,
      waiting_on: final.waitingOn,
      close_reason: final.closeReason,
      resolution_summary: final.resolutionSummary,
      root_cause: final.rootCause,
      customer_response: final.customerResponse,
      resolved_at: final.resolvedAt,
      closed_at: final.closedAt,
      reopen_count: final.reopenCount,
      version: final.version,
    })
    .where('id', '=', caseId)
    .execute();
}
