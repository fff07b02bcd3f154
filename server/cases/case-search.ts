import { z } from 'zod';
import { sql, type Kysely } from 'kysely';
import type { Case, CaseSearchQuery } from '../../shared/cases/case.schema';
import { finishedStages } from '../../shared/cases/lifecycle';
import { visibleCaseIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { toCase } from './case.service';

type Cursor = { rank: number; due: string; created: string; id: string };

// Breached first, then at risk, then on track: the order "what is about to go wrong" reads in.
const slaRank = sql<number>`case cases.sla_state when 'breached' then 0 when 'at_risk' then 1 else 2 end`;
const dueKey = sql<string>`coalesce(cases.sla_due_at, '9999')`;

const CursorShape = z.tuple([z.number(), z.string(), z.string(), z.string()]);

function encode(cursor: Cursor): string {
  return encodeCursor([cursor.rank, cursor.due, cursor.created, cursor.id]);
}

function decode(value: string): Cursor {
  const [rank, due, created, id] = decodeCursor(value, CursorShape);
  return { rank, due, created, id };
}

function escapeLike(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Searches cases by client, text, stage, queue, owner and SLA state, a page at a time. */
export async function searchCases(
  db: Kysely<Database>,
  viewer: Viewer,
  query: CaseSearchQuery,
): Promise<{ items: Case[]; nextCursor?: string }> {
  const callerId = viewer.id;
  let q = db
    .selectFrom('cases')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .leftJoin('users as owner', 'owner.id', 'cases.owner_id')
    .selectAll('cases')
    .select(['clients.name as client_name', 'owner.name as owner_name'])
    .select([slaRank.as('sla_rank'), dueKey.as('due_key')]);
  q = q.where('cases.id', 'in', visibleCaseIds(db, viewer));
  if (query.clientId) q = q.where('cases.client_id', '=', query.clientId);
  if (query.stage) q = q.where('cases.stage', 'in', query.stage);
  if (query.open === 'true') q = q.where('cases.stage', 'not in', [...finishedStages]);
  if (query.queue) q = q.where('cases.queue', '=', query.queue);
  if (query.ownerId)
    q = q.where('cases.owner_id', '=', query.ownerId === 'me' ? callerId : query.ownerId);
  if (query.slaState) q = q.where('cases.sla_state', 'in', query.slaState);
  if (query.q) {
    const text = query.q;
    const number = /^(?:case-)?0*(\d{1,9})$/i.exec(text)?.[1];
    const pattern = escapeLike(text);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(cases.title)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(cases.description)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(clients.name)`, 'like', sql`${pattern} escape '\\'`),
        ...(number ? [eb('cases.number', '=', Number(number))] : []),
      ]),
    );
  }
  if (query.cursor) {
    const c = decode(query.cursor);
    q =
      query.sort === 'sla'
        ? q.where(
            sql<boolean>`(${slaRank}, ${dueKey}, cases.created_at, cases.id) > (${c.rank}, ${c.due}, ${c.created}, ${c.id})`,
          )
        : q.where(sql<boolean>`(cases.created_at, cases.id) < (${c.created}, ${c.id})`);
  }
  q =
    query.sort === 'sla'
      ? q.orderBy(slaRank).orderBy(dueKey).orderBy('cases.created_at').orderBy('cases.id')
      : q.orderBy('cases.created_at', 'desc').orderBy('cases.id', 'desc');
  const rows = await q.limit(query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toCase),
    ...(rows.length > query.limit && last
      ? {
          nextCursor: encode({
            rank: Number(last.sla_rank),
            due: String(last.due_key),
            created: last.created_at,
            id: last.id,
          }),
        }
      : {}),
  };
}
