import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  Approval,
  DecisionInput,
  RequestApprovalInput,
} from '../../shared/approvals/approval.schema';
import type { CaseType, Stage } from '../../shared/cases/case.schema';
import { caseTypeDefinition, type ApprovalRule } from '../../shared/cases/case-types';
import { finishedStages } from '../../shared/cases/lifecycle';
import type { Role } from '../../shared/users/user.schema';
import { appendAudit, caseStream, createdFields, diffFields } from '../audit/audit.service';
import type { ActorContext } from '../audit/audit.service';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { DomainError, NotFoundError, ValidationError } from '../errors';
import { staleVersion } from '../http/preconditions';
import { alreadyDecided, isOverdue, refusalToDecide, type Caller } from './approval-access';
import { expireOverdueApproval } from './approval-expiry.service';
import { getApproval } from './approval-query.service';
import { holdCaseForApproval, releaseCaseIfNoneWaiting } from './approval-stage';
import {
  closePendingApproval,
  findApprovalById,
  insertApproval,
  lockCaseRow,
  type ApprovalRow,
} from './approval.repository';

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(message, { issues: [{ path, message }] });
}

/** The case type's rule for this kind, after checking the request carries what the rule needs. */
function ruleFor(type: CaseType, input: RequestApprovalInput): ApprovalRule {
  const definition = caseTypeDefinition(type);
  const rule = definition.approvals.find((r) => r.kind === input.kind);
  if (!rule) {
    const allowed = definition.approvals.map((r) => r.kind);
    throw invalid(
      'kind',
      allowed.length === 0
        ? `${definition.label} cases take no approvals`
        : `"${input.kind}" is not an approval for ${definition.label.toLowerCase()} cases; use ${allowed.join(' or ')}`,
    );
  }
  if (rule.when === 'above_threshold' && input.amount === undefined) {
    throw invalid(
      'amount',
      `A ${rule.label.toLowerCase()} approval needs the amount (approval is needed above ${rule.threshold})`,
    );
  }
  if (rule.expiryRequired && input.expiresAt === undefined) {
    throw invalid(
      'expiresAt',
      `A ${rule.label.toLowerCase()} approval needs an expiry or review date`,
    );
  }
  return rule;
}

function approverRoleFor(rule: ApprovalRule, amount: string | undefined): Role {
  const escalation = rule.escalateAbove;
  if (escalation && amount !== undefined && Number(amount) > escalation.amount) {
    return escalation.approverRole;
  }
  return rule.approverRole;
}

/** Asks for a maker-checker approval on a case; a case in progress then waits for it. */
export async function requestApproval(
  db: Kysely<Database>,
  actor: ActorContext,
  caller: Caller,
  caseId: string,
  input: RequestApprovalInput,
): Promise<Approval> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await lockCaseRow(trx, caseId);
    const caseRow = await findCaseById(trx, caseId);
    if (!caseRow) throw new NotFoundError('Case');
    if (finishedStages.includes(caseRow.stage as Stage)) {
      throw new DomainError(
        'conflict',
        `The case is ${caseRow.stage}; reopen it to ask for approval`,
      );
    }
    const rule = ruleFor(caseRow.type as CaseType, input);
    const at = new Date().toISOString();
    const row = {
      id,
      case_id: caseId,
      kind: rule.kind,
      amount: input.amount ?? null,
      currency: input.currency ?? null,
      policy_reference: input.policyReference,
      rationale: input.rationale,
      approver_role: approverRoleFor(rule, input.amount),
      // Stored in one format so expiry can be compared as text on both databases.
      expires_at: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
      status: 'pending',
      requested_by: actor.userId,
      requested_at: at,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      version: 1,
    };
    await insertApproval(trx, row);
    await appendAudit(trx, actor, {
      stream: caseStream(caseId),
      caseId,
      action: 'approval.requested',
      entityType: 'approval',
      entityId: id,
      changes: createdFields({
        kind: row.kind,
        amount: row.amount,
        currency: row.currency,
        policyReference: row.policy_reference,
        rationale: row.rationale,
        approverRole: row.approver_role,
        expiresAt: row.expires_at,
        status: row.status,
      }),
    });
    await holdCaseForApproval(trx, actor, caseRow, `Waiting for approval: ${rule.label}`, at);
  });
  return getApproval(db, caller, id);
}

type Closing = { status: 'approved' | 'rejected' | 'withdrawn'; note: string | null };

/**
 * Closes a pending approval in the caller's transaction (which holds the case lock),
 * audits it and lets the case go back to work if nothing else is pending.
 */
async function closeApproval(
  trx: Kysely<Database>,
  actor: ActorContext,
  row: ApprovalRow,
  closing: Closing,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const decidedBy = closing.status === 'withdrawn' ? null : actor.userId;
  const closed = await closePendingApproval(trx, row.id, {
    status: closing.status,
    decided_by: decidedBy,
    decided_at: at,
    decision_note: closing.note,
  });
  if (!closed) {
    // Someone else closed it between our read and this update: name them.
    const winner = await findApprovalById(trx, row.id);
    throw alreadyDecided(winner ?? row, now);
  }
  await appendAudit(trx, actor, {
    stream: caseStream(row.case_id),
    caseId: row.case_id,
    action: closing.status === 'withdrawn' ? 'approval.withdrawn' : 'approval.decided',
    entityType: 'approval',
    entityId: row.id,
    changes: diffFields(
      { status: 'pending', decidedBy: null, decidedAt: null, decisionNote: null },
      { status: closing.status, decidedBy, decidedAt: at, decisionNote: closing.note },
    ),
  });
  await releaseCaseIfNoneWaiting(trx, actor, row.case_id, {
    reason:
      closing.status === 'withdrawn'
        ? 'The approval request was withdrawn'
        : `The approval was ${closing.status}`,
    stageActorId: actor.userId,
    at,
  });
}

type Change = {
  /** Throws if this caller may not make the change at all. */
  authorize: (row: ApprovalRow) => void;
  apply: (trx: Kysely<Database>, row: ApprovalRow, now: Date) => Promise<void>;
};

/**
 * Runs a change on a pending approval under the case lock. An approval found past
 * its expiry is marked expired (and that kept) before the change is refused.
 */
async function changePending(
  db: Kysely<Database>,
  actor: ActorContext,
  id: string,
  change: Change,
): Promise<void> {
  const now = new Date();
  const overdue = await db.transaction().execute(async (trx) => {
    const found = await findApprovalById(trx, id);
    if (!found) throw new NotFoundError('Approval');
    await lockCaseRow(trx, found.case_id);
    // Read again under the lock: another request may have closed it meanwhile.
    const row = (await findApprovalById(trx, id)) ?? found;
    change.authorize(row);
    if (row.status !== 'pending') throw alreadyDecided(row, now);
    if (isOverdue(row, now)) {
      await expireOverdueApproval(trx, row, now, actor.requestId);
      return row;
    }
    await change.apply(trx, row, now);
    return null;
  });
  if (overdue) throw alreadyDecided((await findApprovalById(db, id)) ?? overdue, now);
}

/** Approves or rejects a pending approval, once, by someone other than its requester. */
export async function decideApproval(
  db: Kysely<Database>,
  actor: ActorContext,
  caller: Caller,
  id: string,
  input: DecisionInput,
  ifMatch?: number,
): Promise<Approval> {
  await changePending(db, actor, id, {
    authorize: (row) => {
      const refusal = refusalToDecide(row, caller);
      if (refusal) throw refusal;
    },
    apply: async (trx, row, now) => {
      if (ifMatch !== undefined && ifMatch !== row.version) {
        throw staleVersion('approval', row.version);
      }
      const closing = { status: input.decision, note: input.note || null };
      await closeApproval(trx, actor, row, closing, now);
    },
  });
  return getApproval(db, caller, id);
}

/** Takes back a pending request; only its requester may. */
export async function withdrawApproval(
  db: Kysely<Database>,
  actor: ActorContext,
  caller: Caller,
  id: string,
): Promise<Approval> {
  await changePending(db, actor, id, {
    authorize: (row) => {
      if (row.requested_by !== caller.id) {
        throw new DomainError(
          'forbidden',
          'Only the person who requested an approval can withdraw it',
        );
      }
    },
    apply: (trx, row, now) =>
      closeApproval(trx, actor, row, { status: 'withdrawn', note: null }, now),
  });
  return getApproval(db, caller, id);
}
