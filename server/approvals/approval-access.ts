import type { Approval, ApprovalStatus } from '../../shared/approvals/approval.schema';
import type { Role } from '../../shared/users/user.schema';
import { caseReference } from '../cases/case.service';
import { DomainError } from '../errors';
import type { ApprovalRow } from './approval.repository';

/** Who is looking at or acting on an approval. */
export type Caller = { id: string; roles: readonly Role[]; team: string | null };

/** A pending approval whose expiry has passed is expired, whether or not the job has marked it yet. */
export function isOverdue(row: ApprovalRow, now: Date): boolean {
  return row.status === 'pending' && row.expires_at !== null && new Date(row.expires_at) <= now;
}

export function effectiveStatus(row: ApprovalRow, now: Date): ApprovalStatus {
  return isOverdue(row, now) ? 'expired' : (row.status as ApprovalStatus);
}

/**
 * Why the caller may not decide this approval whatever its status, or null if they may.
 * The requester never decides their own request, whatever roles they hold.
 */
export function refusalToDecide(row: ApprovalRow, caller: Caller): DomainError | null {
  if (caller.roles.includes('auditor')) {
    return new DomainError('forbidden', 'Auditors review approvals; they cannot decide them');
  }
  if (row.requested_by === caller.id) {
    return new DomainError(
      'self_approval',
      'You requested this approval, so someone else must decide it',
    );
  }
  if (!caller.roles.includes(row.approver_role as Role)) {
    return new DomainError(
      'approver_role_required',
      `Only someone with the ${row.approver_role} role can decide this approval`,
      { approverRole: row.approver_role },
    );
  }
  return null;
}

function decidedByText(row: ApprovalRow): string {
  if (row.status === 'withdrawn') return ` by ${row.requested_by_name}, who requested it`;
  if (row.decided_by) return ` by ${row.decided_by_name ?? row.decided_by}`;
  return '';
}

/** The 409 for acting on an approval that is no longer pending, naming who closed it. */
export function alreadyDecided(row: ApprovalRow, now: Date): DomainError {
  const status = effectiveStatus(row, now);
  const when = status === 'expired' ? (row.decided_at ?? row.expires_at) : row.decided_at;
  return new DomainError(
    'already_decided',
    `This approval was already ${status}${decidedByText(row)}${when ? ` at ${when}` : ''}`,
    {
      status,
      decidedBy: row.decided_by
        ? { id: row.decided_by, name: row.decided_by_name ?? row.decided_by }
        : null,
      decidedAt: when,
    },
  );
}

function whyNotFor(row: ApprovalRow, caller: Caller, now: Date): string | undefined {
  const status = effectiveStatus(row, now);
  if (status !== 'pending') return `This approval is ${status}`;
  return refusalToDecide(row, caller)?.message;
}

/** Maps a row to the API shape, with whether this caller may decide it. */
export function toApproval(row: ApprovalRow, caller: Caller, now: Date): Approval {
  const whyNot = whyNotFor(row, caller, now);
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: caseReference(row.case_number),
    kind: row.kind,
    amount: row.amount,
    currency: row.currency,
    policyReference: row.policy_reference,
    rationale: row.rationale,
    approverRole: row.approver_role as Role,
    expiresAt: row.expires_at,
    status: effectiveStatus(row, now),
    requestedBy: { id: row.requested_by, name: row.requested_by_name },
    requestedAt: row.requested_at,
    decidedBy: row.decided_by
      ? { id: row.decided_by, name: row.decided_by_name ?? row.decided_by }
      : null,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    version: row.version,
    canDecide: whyNot === undefined,
    ...(whyNot === undefined ? {} : { whyNot }),
  };
}
