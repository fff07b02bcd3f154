import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { londonToday } from '../../shared/follow-ups/due-date';
import type {
  Interaction,
  InteractionKind,
  Participant,
  RecordInteractionInput,
} from '../../shared/interactions/interaction.schema';
import {
  appendAudit,
  clientStream,
  createdFields,
  type ActorContext,
} from '../audit/audit.service';
import { findClientById } from '../clients/client.repository';
import type { Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { listFollowUpsOfInteractions } from '../follow-ups/follow-up.repository';
import { addFollowUp, toFollowUp } from '../follow-ups/follow-up.service';
import {
  findInteractionById,
  insertInteraction,
  listInteractions,
  type InteractionKey,
  type InteractionRow,
} from './interaction.repository';

function toInteraction(row: InteractionRow): Omit<Interaction, 'followUps'> {
  return {
    id: row.id,
    version: row.version,
    clientId: row.client_id,
    kind: row.kind as InteractionKind,
    occurredAt: row.occurred_at,
    purpose: row.purpose,
    notes: row.notes,
    participants: JSON.parse(row.participants) as Participant[],
    asks: JSON.parse(row.asks) as string[],
    decisions: JSON.parse(row.decisions) as string[],
    sensitive: row.sensitive === 1,
    sourceItemId: row.source_item_id,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    createdAt: row.created_at,
  };
}

/** Interactions with their follow-ups, fetched in one query for the whole list. */
async function withFollowUps(db: Kysely<Database>, rows: InteractionRow[]): Promise<Interaction[]> {
  const today = londonToday();
  const followUps = await listFollowUpsOfInteractions(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...toInteraction(row),
    followUps: followUps
      .filter((f) => f.interaction_id === row.id)
      .map((f) => toFollowUp(f, today)),
  }));
}

/**
 * Records a meeting, call or email and turns each promise made in it into a follow-up,
 * all in one transaction: a bad promise leaves neither the interaction nor any follow-up.
 */
export async function recordInteraction(
  db: Kysely<Database>,
  actor: ActorContext,
  clientId: string,
  input: RecordInteractionInput,
): Promise<Interaction> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (!(await findClientById(trx, clientId))) throw new NotFoundError('Client');
    const row = {
      id,
      client_id: clientId,
      kind: input.kind,
      // Stored in UTC so text order is time order on both databases.
      occurred_at: new Date(input.occurredAt).toISOString(),
      purpose: input.purpose,
      notes: input.notes,
      participants: JSON.stringify(input.participants),
      asks: JSON.stringify(input.asks),
      decisions: JSON.stringify(input.decisions),
      sensitive: input.sensitive ? 1 : 0,
      source_item_id: input.sourceItemId ?? null,
      recorded_by: actor.userId,
      created_at: new Date().toISOString(),
      version: 1,
    };
    await insertInteraction(trx, row);
    await appendAudit(trx, actor, {
      stream: clientStream(clientId),
      caseId: null,
      action: 'interaction.recorded',
      entityType: 'interaction',
      entityId: id,
      // The trail is append-only, so it names what happened, not the notes' wording.
      changes: createdFields({
        kind: row.kind,
        occurredAt: row.occurred_at,
        purpose: row.purpose,
        sensitive: input.sensitive,
        sourceItemId: row.source_item_id,
        participantCount: input.participants.length,
        promiseCount: input.promises.length,
      }),
    });
    const target = { clientId, caseId: null, interactionId: id };
    for (const [index, promise] of input.promises.entries()) {
      await addFollowUp(trx, actor, target, promise, `promises.${index}.`);
    }
  });
  return getInteraction(db, id);
}

export async function getInteraction(db: Kysely<Database>, id: string): Promise<Interaction> {
  const row = await findInteractionById(db, id);
  if (!row) throw new NotFoundError('Interaction');
  const [interaction] = await withFollowUps(db, [row]);
  if (!interaction) throw new NotFoundError('Interaction');
  return interaction;
}

const CursorShape = z.tuple([z.string(), z.string()]);

function encodeInteractionCursor(key: InteractionKey): string {
  return encodeCursor([key.occurredAt, key.id]);
}

function decodeInteractionCursor(cursor: string): InteractionKey {
  const [occurredAt, id] = decodeCursor(cursor, CursorShape);
  return { occurredAt, id };
}

/** One page of interactions, newest first. */
export async function pageInteractions(
  db: Kysely<Database>,
  filter: { clientId?: string; sensitive?: boolean; viewer?: Viewer },
  page: { cursor?: string; limit: number },
): Promise<{ items: Interaction[]; nextCursor?: string }> {
  const rows = await listInteractions(db, {
    ...filter,
    after: page.cursor ? decodeInteractionCursor(page.cursor) : undefined,
    limit: page.limit + 1,
  });
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items: await withFollowUps(db, items),
    ...(rows.length > page.limit && last
      ? { nextCursor: encodeInteractionCursor({ occurredAt: last.occurred_at, id: last.id }) }
      : {}),
  };
}

/** A client's interactions, after checking the client exists. */
export async function pageClientInteractions(
  db: Kysely<Database>,
  clientId: string,
  page: { cursor?: string; limit: number },
) {
  if (!(await findClientById(db, clientId))) throw new NotFoundError('Client');
  return pageInteractions(db, { clientId }, page);
}
