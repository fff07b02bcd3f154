import type { Kysely } from 'kysely';
import { addDays, londonToday } from '../../shared/follow-ups/due-date';
import { appendAudit, clientStream, createdFields, diffFields } from '../audit/audit.service';
import type { Database } from '../db/database';
import { insertFollowUp } from '../follow-ups/follow-up.repository';
import { followUpStream } from '../follow-ups/follow-up.service';
import { insertInteraction } from '../interactions/interaction.repository';
import { instantOf, relationshipCalendar } from './demo-clock';
import type { DemoData } from './demo-data.types';
import type { DemoFollowUp, DemoInteraction, DemoWhen } from './demo-work.types';
import { demoActor, runInTimeOrder, type TimedWrite } from './seed-writes';

// Follow-ups and interactions, written as follow-up.service.ts, follow-up-edit.service.ts
// and interaction.service.ts write them, on the case's or the client's audit stream.

const at = (when: DemoWhen, now: Date) => instantOf(when, relationshipCalendar, now);

function followUpRow(followUp: DemoFollowUp, now: Date, interactionId: string | null) {
  const createdAt = at(followUp.created, now).toISOString();
  const completedAt = followUp.completed ? at(followUp.completed, now).toISOString() : null;
  if ((followUp.status === 'open') !== (completedAt === null)) {
    throw new Error(`Follow-up ${followUp.id}: only a finished follow-up has a completion time`);
  }
  return {
    id: followUp.id,
    client_id: followUp.clientId,
    case_id: followUp.caseId ?? null,
    interaction_id: interactionId,
    title: followUp.title,
    owner_id: followUp.ownerId,
    due_date: addDays(londonToday(now), followUp.dueInDays),
    status: followUp.status,
    close_condition: followUp.closeCondition ?? null,
    created_by: followUp.createdBy,
    created_at: createdAt,
    updated_at: completedAt ?? createdAt,
    // As follow-up-edit.service.ts keeps it: only a done follow-up has a completion time.
    completed_at: followUp.status === 'done' ? completedAt : null,
    version: completedAt ? 2 : 1,
  };
}

type FollowUpRow = ReturnType<typeof followUpRow>;

async function writeCreated(trx: Kysely<Database>, row: FollowUpRow): Promise<void> {
  await insertFollowUp(trx, row);
  await appendAudit(trx, demoActor(row.created_by), {
    stream: followUpStream(row),
    caseId: row.case_id,
    action: 'follow_up.created',
    entityType: 'follow_up',
    entityId: row.id,
    changes: createdFields({
      title: row.title,
      ownerId: row.owner_id,
      dueDate: row.due_date,
      status: 'open',
      closeCondition: row.close_condition,
      clientId: row.client_id,
      caseId: row.case_id,
      interactionId: row.interaction_id,
    }),
  });
}

function writeFinished(trx: Kysely<Database>, row: FollowUpRow): Promise<void> {
  return appendAudit(trx, demoActor(row.owner_id), {
    stream: followUpStream(row),
    caseId: row.case_id,
    action: 'follow_up.updated',
    entityType: 'follow_up',
    entityId: row.id,
    changes: diffFields(
      { status: 'open', completedAt: null },
      { status: row.status, completedAt: row.completed_at },
    ),
  });
}

/** A follow-up's creation and, if it is finished, its completion. */
export function followUpWrites(
  trx: Kysely<Database>,
  followUp: DemoFollowUp,
  now: Date,
  interactionId: string | null = null,
): TimedWrite[] {
  const row = followUpRow(followUp, now, interactionId);
  const created = { at: new Date(row.created_at), write: () => writeCreated(trx, row) };
  if (row.status === 'open') return [created];
  return [created, { at: new Date(row.updated_at), write: () => writeFinished(trx, row) }];
}

/** An interaction and the follow-ups promised in it, made by whoever recorded it. */
function interactionWrites(
  trx: Kysely<Database>,
  interaction: DemoInteraction,
  now: Date,
): TimedWrite[] {
  const occurred = at(interaction.occurred, now);
  const recorded: TimedWrite = {
    at: occurred,
    write: async () => {
      await insertInteraction(trx, {
        id: interaction.id,
        client_id: interaction.clientId,
        kind: interaction.kind,
        occurred_at: occurred.toISOString(),
        purpose: interaction.purpose,
        notes: interaction.notes,
        participants: JSON.stringify(interaction.participants),
        asks: JSON.stringify(interaction.asks),
        decisions: JSON.stringify(interaction.decisions),
        sensitive: interaction.sensitive ? 1 : 0,
        source_item_id: interaction.sourceItemId ?? null,
        recorded_by: interaction.recordedBy,
        created_at: occurred.toISOString(),
        version: 1,
      });
      await appendAudit(trx, demoActor(interaction.recordedBy), {
        stream: clientStream(interaction.clientId),
        caseId: null,
        action: 'interaction.recorded',
        entityType: 'interaction',
        entityId: interaction.id,
        changes: createdFields({
          kind: interaction.kind,
          occurredAt: occurred.toISOString(),
          purpose: interaction.purpose,
          sensitive: interaction.sensitive,
          sourceItemId: interaction.sourceItemId ?? null,
          participantCount: interaction.participants.length,
          promiseCount: interaction.promises.length,
        }),
      });
    },
  };
  const promises = interaction.promises.flatMap((promise) =>
    followUpWrites(
      trx,
      {
        ...promise,
        clientId: interaction.clientId,
        createdBy: interaction.recordedBy,
        created: interaction.occurred,
      },
      now,
      interaction.id,
    ),
  );
  return [recorded, ...promises];
}

/** Client watch fields, interactions, and the follow-ups that belong to no case. */
export async function seedRelationships(
  trx: Kysely<Database>,
  data: Pick<DemoData, 'clientWatch' | 'interactions' | 'followUps'>,
  now: Date,
): Promise<void> {
  const today = londonToday(now);
  for (const watch of data.clientWatch) {
    await trx
      .updateTable('clients')
      .set({
        vulnerable: watch.vulnerabilityNote ? 1 : 0,
        vulnerability_note: watch.vulnerabilityNote ?? null,
        restrictions: JSON.stringify(watch.restrictions ?? []),
        next_review_date:
          watch.nextReviewInDays === undefined ? null : addDays(today, watch.nextReviewInDays),
      })
      .where('id', '=', watch.clientId)
      .execute();
  }
  // Case follow-ups go in with their case, in that case's order of events.
  await runInTimeOrder([
    ...data.interactions.flatMap((i) => interactionWrites(trx, i, now)),
    ...data.followUps.filter((f) => !f.caseId).flatMap((f) => followUpWrites(trx, f, now)),
  ]);
}
