import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../http/cursor';
import type { Kysely } from 'kysely';
import type {
  Approval,
  ApprovalListQuery,
  ApprovalPage,
} from '../../shared/approvals/approval.schema';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { toApproval, type Caller } from './approval-access';
import {
  findApprovalById,
  listApprovalRowsOfCase,
  listApprovals,
  type ApprovalRow,
} from './approval.repository';

/** One approval, with whether the caller may decide it. */
export async function getApproval(
  db: Kysely<Database>,
  caller: Caller,
  id: string,
): Promise<Approval> {
  const row = await findApprovalById(db, id);
  if (!row) throw new NotFoundError('Approval');
  return toApproval(row, caller, new Date());
}

/** Every approval of a case, oldest first. */
export async function approvalsOfCase(
  db: Kysely<Database>,
  caller: Caller,
  caseId: string,
): Promise<ApprovalPage> {
  if (!(await findCaseById(db, caseId))) throw new NotFoundError('Case');
  const now = new Date();
  const rows = await listApprovalRowsOfCase(db, caseId);
  return { items: rows.map((row) => toApproval(row, caller, now)) };
}

const CursorShape = z.tuple([z.string(), z.string()]);

function encodeApprovalCursor(row: ApprovalRow): string {
  return encodeCursor([row.requested_at, row.id]);
}

function decodeApprovalCursor(cursor: string): { requestedAt: string; id: string } {
  const [requestedAt, id] = decodeCursor(cursor, CursorShape);
  return { requestedAt, id };
}

/**
 * Approvals across cases. `mine=decidable` is the caller's inbox: pending, not
 * expired, needing a role the caller holds, and not requested by the caller.
 * `mine=requested` is what the caller asked for.
 */
export async function searchApprovals(
  db: Kysely<Database>,
  caller: Caller,
  query: ApprovalListQuery,
): Promise<ApprovalPage> {
  const decidable = query.mine === 'decidable';
  // Auditors never decide, so their inbox is empty whatever else they hold.
  if (decidable && (caller.roles.includes('auditor') || caller.roles.length === 0)) {
    return { items: [] };
  }
  if (decidable && query.status && query.status !== 'pending') return { items: [] };
  const now = new Date();
  const rows = await listApprovals(db, {
    status: decidable ? 'pending' : query.status,
    now: now.toISOString(),
    ...(query.mine === 'requested' ? { requestedBy: caller.id } : {}),
    ...(decidable ? { notRequestedBy: caller.id, approverRoles: caller.roles } : {}),
    ...(query.cursor ? { after: decodeApprovalCursor(query.cursor) } : {}),
    viewer: caller,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toApproval(row, caller, now)),
    ...(rows.length > query.limit && last ? { nextCursor: encodeApprovalCursor(last) } : {}),
  };
}
