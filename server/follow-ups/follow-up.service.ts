import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { daysBetween, isOverdue, londonToday } from '../../shared/follow-ups/due-date';
import type {
  CreateFollowUpInput,
  FollowUp,
  FollowUpDraft,
  FollowUpStatus,
} from '../../shared/follow-ups/follow-up.schema';
import {
  appendAudit,
  caseStream,
  clientStream,
  createdFields,
  type ActorContext,
} from '../audit/audit.service';
import { findCaseById } from '../cases/case.repository';
import { findClientById } from '../clients/client.repository';
import type { Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { NotFoundError, ValidationError } from '../errors';
import { findInteractionById } from '../interactions/interaction.repository';
import { findUserById } from '../users/user.repository';
import {
  findFollowUpById,
  insertFollowUp,
  listFollowUps,
  type FollowUpKey,
  type FollowUpRow,
} from './follow-up.repository';

/** Maps a row to the API shape; overdue and days-to-due are derived against `today`. */
export function toFollowUp(row: FollowUpRow, today: string): FollowUp {
  return {
    id: row.id,
    version: row.version,
    clientId: row.client_id,
    caseId: row.case_id,
    interactionId: row.interaction_id,
    title: row.title,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    status: row.status as FollowUpStatus,
    closeCondition: row.close_condition,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    overdue: isOverdue(row.status, row.due_date, today),
    dueInDays: daysBetween(today, row.due_date),
  };
}

/** Refuses a user id that names nobody, as a 400 on the field that carried it. */
export async function assertUserExists(
  db: Kysely<Database>,
  userId: string,
  path: string,
): Promise<void> {
  if (await findUserById(db, userId)) return;
  throw new ValidationError('No such user to own the follow-up', {
    issues: [{ path, message: 'Unknown user' }],
  });
}

/** The audit stream a follow-up belongs to: its case's when it has one, else its client's. */
export function followUpStream(row: { client_id: string; case_id: string | null }): string {
  return row.case_id ? caseStream(row.case_id) : clientStream(row.client_id);
}

export type FollowUpTarget = {
  clientId: string;
  caseId: string | null;
  interactionId: string | null;
};

/**
 * Writes one follow-up and its audit event inside the caller's transaction; answers its id.
 * `pathPrefix` names where the draft sits in the request, for a bad owner's 400.
 */
export async function addFollowUp(
  trx: Kysely<Database>,
  actor: ActorContext,
  target: FollowUpTarget,
  draft: FollowUpDraft,
  pathPrefix = '',
): Promise<string> {
  const ownerId = draft.ownerId ?? actor.userId;
  if (draft.ownerId) await assertUserExists(trx, ownerId, `${pathPrefix}ownerId`);
  const id = randomUUID();
  const now = new Date().toISOString();
  const row = {
    id,
    client_id: target.clientId,
    case_id: target.caseId,
    interaction_id: target.interactionId,
    title: draft.title,
    owner_id: ownerId,
    due_date: draft.dueDate,
    status: 'open',
    close_condition: draft.closeCondition || null,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
    completed_at: null,
    version: 1,
  };
  await insertFollowUp(trx, row);
  await appendAudit(trx, actor, {
    stream: followUpStream(row),
    caseId: target.caseId,
    action: 'follow_up.created',
    entityType: 'follow_up',
    entityId: id,
    changes: createdFields({
      title: row.title,
      ownerId,
      dueDate: row.due_date,
      status: row.status,
      closeCondition: row.close_condition,
      clientId: target.clientId,
      caseId: target.caseId,
      interactionId: target.interactionId,
    }),
  });
  return id;
}

async function linkedInteractionId(
  db: Kysely<Database>,
  clientId: string,
  interactionId: string | undefined,
): Promise<string | null> {
  if (!interactionId) return null;
  const interaction = await findInteractionById(db, interactionId);
  if (interaction?.client_id === clientId) return interactionId;
  throw new ValidationError('No such interaction with this client', {
    issues: [{ path: 'interactionId', message: 'Unknown interaction for this client' }],
  });
}

async function linkedCaseId(
  db: Kysely<Database>,
  clientId: string,
  caseId: string | undefined,
): Promise<string | null> {
  if (!caseId) return null;
  const found = await findCaseById(db, caseId);
  if (found?.client_id === clientId) return caseId;
  throw new ValidationError('No such case for this client', {
    issues: [{ path: 'caseId', message: 'Unknown case for this client' }],
  });
}

/** Adds a follow-up to a client, optionally tied to one of its cases or interactions. */
export async function createClientFollowUp(
  db: Kysely<Database>,
  actor: ActorContext,
  clientId: string,
  input: CreateFollowUpInput,
): Promise<FollowUp> {
  const id = await db.transaction().execute(async (trx) => {
    if (!(await findClientById(trx, clientId))) throw new NotFoundError('Client');
    const { caseId, interactionId, ...draft } = input;
    const target = {
      clientId,
      caseId: await linkedCaseId(trx, clientId, caseId),
      interactionId: await linkedInteractionId(trx, clientId, interactionId),
    };
    return addFollowUp(trx, actor, target, draft);
  });
  return getFollowUp(db, id);
}

/** Adds a follow-up to a case; the client is the case's. */
export async function createCaseFollowUp(
  db: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  input: Omit<CreateFollowUpInput, 'caseId'>,
): Promise<FollowUp> {
  const id = await db.transaction().execute(async (trx) => {
    const found = await findCaseById(trx, caseId);
    if (!found) throw new NotFoundError('Case');
    const { interactionId, ...draft } = input;
    const target = {
      clientId: found.client_id,
      caseId,
      interactionId: await linkedInteractionId(trx, found.client_id, interactionId),
    };
    return addFollowUp(trx, actor, target, draft);
  });
  return getFollowUp(db, id);
}

export async function getFollowUp(db: Kysely<Database>, id: string): Promise<FollowUp> {
  const row = await findFollowUpById(db, id);
  if (!row) throw new NotFoundError('Follow-up');
  return toFollowUp(row, londonToday());
}

type Cursor = FollowUpKey & { today: string };

const CursorShape = z.tuple([
  z.string(),
  z.union([z.literal(0), z.literal(1)]),
  z.string(),
  z.string(),
]);

function encodeFollowUpCursor(cursor: Cursor): string {
  return encodeCursor([cursor.today, cursor.rank, cursor.dueDate, cursor.id]);
}

function decodeFollowUpCursor(cursor: string): Cursor {
  const [today, rank, dueDate, id] = decodeCursor(cursor, CursorShape);
  return { today, rank, dueDate, id };
}

export type FollowUpScope = {
  clientId?: string;
  caseId?: string;
  ownerId?: string;
  status?: FollowUpStatus;
  viewer?: Viewer;
};

/**
 * One page of follow-ups in work order: overdue first, then by due date. The cursor keeps
 * the day the first page was ranked on, so paging across midnight neither repeats nor skips.
 */
export async function pageFollowUps(
  db: Kysely<Database>,
  scope: FollowUpScope,
  page: { cursor?: string; limit: number },
): Promise<{ items: FollowUp[]; nextCursor?: string }> {
  const after = page.cursor ? decodeFollowUpCursor(page.cursor) : undefined;
  const today = after?.today ?? londonToday();
  const rows = await listFollowUps(db, { ...scope, today, after, limit: page.limit + 1 });
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => toFollowUp(row, today)),
    ...(rows.length > page.limit && last
      ? {
          nextCursor: encodeFollowUpCursor({
            today,
            rank: Number(last.rank),
            dueDate: last.due_date,
            id: last.id,
          }),
        }
      : {}),
  };
}

/** Follow-ups of a client, after checking the client exists. */
export async function pageClientFollowUps(
  db: Kysely<Database>,
  clientId: string,
  query: { status?: FollowUpStatus; cursor?: string; limit: number },
) {
  if (!(await findClientById(db, clientId))) throw new NotFoundError('Client');
  return pageFollowUps(db, { clientId, status: query.status }, query);
}

/** Follow-ups of a case, after checking the case exists. */
export async function pageCaseFollowUps(
  db: Kysely<Database>,
  caseId: string,
  query: { status?: FollowUpStatus; cursor?: string; limit: number },
) {
  if (!(await findCaseById(db, caseId))) throw new NotFoundError('Case');
  return pageFollowUps(db, { caseId, status: query.status }, query);
}
