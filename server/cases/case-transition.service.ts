import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TransitionInput } from '../../shared/cases/case-commands.schema';
import type { Case, Stage } from '../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../shared/cases/case-types';
import {
  canTransition,
  allowedTransitions,
  finishedStages,
  isReopen,
} from '../../shared/cases/lifecycle';
import { listApprovalsOfCase } from '../approvals/approval.repository';
import { appendAudit, caseStream, diffFields, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { DomainError, NotFoundError, ValidationError } from '../errors';
import { listActiveEvidence } from '../evidence/evidence.repository';
import { staleVersion } from '../http/preconditions';
import {
  findCaseById,
  insertStageChange,
  updateCaseAtVersion,
  type CaseRow,
} from './case.repository';
import { getCase, refreshCaseSla } from './case.service';
import { unmetClosureConditions } from './closure-gate';

function requireWaitingDetails(to: Stage, input: TransitionInput): void {
  const issues = [];
  if ((to === 'waiting_customer' || to === 'waiting_internal') && !input.reason) {
    issues.push({ path: 'reason', message: 'Say what the case is waiting for' });
  }
  if (to === 'waiting_internal' && !input.waitingOn) {
    issues.push({ path: 'waitingOn', message: 'Name the team or person being waited on' });
  }
  if (issues.length > 0)
    throw new ValidationError(issues[0]?.message ?? 'Invalid transition', { issues });
}

async function checkClosureGate(
  trx: Kysely<Database>,
  row: CaseRow,
  input: TransitionInput,
  now: Date,
) {
  const definition = caseTypeDefinition(row.type as Case['type']);
  const evidence = await listActiveEvidence(trx, row.id);
  const approvals = await listApprovalsOfCase(trx, row.id);
  const unmet = unmetClosureConditions({
    definition,
    closeReason: input.closeReason ?? row.close_reason,
    resolutionSummary: input.resolutionSummary ?? row.resolution_summary,
    rootCause: input.rootCause ?? row.root_cause,
    customerResponse: input.customerResponse ?? row.customer_response,
    satisfiedEvidence: new Set(evidence.flatMap((e) => (e.checklist_key ? [e.checklist_key] : []))),
    approvals: approvals.map((a) => ({ kind: a.kind, status: a.status, expiresAt: a.expires_at })),
    now,
  });
  if (unmet.length > 0) {
    throw new DomainError(
      'closure_blocked',
      `The case cannot be ${input.to} yet: ${unmet.length} condition(s) unmet`,
      {
        unmet,
      },
    );
  }
}

/** Moves a case to another stage, if the lifecycle, the closure gate and the version allow it. */
export async function transitionCase(
  db: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  version: number,
  input: TransitionInput,
): Promise<Case> {
  await db.transaction().execute(async (trx) => {
    const row = await findCaseById(trx, caseId);
    if (!row) throw new NotFoundError('Case');
    if (row.version !== version) throw staleVersion('case', row.version);
    const from = row.stage as Stage;
    const to = input.to;
    if (!canTransition(from, to)) {
      throw new DomainError('invalid_transition', `A case cannot move from ${from} to ${to}`, {
        from,
        to,
        allowed: allowedTransitions[from],
      });
    }
    requireWaitingDetails(to, input);
    const reopening = isReopen(from, to);
    if (reopening && !input.reason) {
      throw new ValidationError('Say why the case is reopened', {
        issues: [{ path: 'reason', message: 'Required to reopen' }],
      });
    }
    const now = new Date();
    if (finishedStages.includes(to)) await checkClosureGate(trx, row, input, now);
    if (to === 'pending_approval') {
      const approvals = await listApprovalsOfCase(trx, caseId);
      if (!approvals.some((a) => a.status === 'pending')) {
        throw new DomainError(
          'invalid_transition',
          'Request an approval first; the case then waits for it',
        );
      }
    }
    const at = now.toISOString();
    const waiting = to === 'waiting_customer' || to === 'waiting_internal';
    const changes = {
      stage: to,
      stage_entered_at: at,
      updated_at: at,
      blocker_reason: waiting ? (input.reason ?? null) : null,
      waiting_on:
        to === 'waiting_internal'
          ? (input.waitingOn ?? null)
          : to === 'waiting_customer'
            ? 'customer'
            : null,
      close_reason: input.closeReason ?? row.close_reason,
      resolution_summary: input.resolutionSummary ?? row.resolution_summary,
      root_cause: input.rootCause ?? row.root_cause,
      customer_response: input.customerResponse ?? row.customer_response,
      resolved_at: to === 'resolved' ? at : reopening ? null : row.resolved_at,
      closed_at: to === 'closed' ? at : reopening ? null : row.closed_at,
      reopen_count: row.reopen_count + (reopening ? 1 : 0),
    };
    if (!(await updateCaseAtVersion(trx, caseId, version, changes)))
      throw staleVersion('case', version + 1);
    await insertStageChange(trx, {
      id: randomUUID(),
      case_id: caseId,
      from_stage: from,
      to_stage: to,
      actor_id: actor.userId,
      reason: input.reason ?? null,
      waiting_on: changes.waiting_on,
      at,
    });
    const before = {
      stage: from,
      blockerReason: row.blocker_reason,
      waitingOn: row.waiting_on,
      closeReason: row.close_reason,
      resolutionSummary: row.resolution_summary,
      rootCause: row.root_cause,
      customerResponse: row.customer_response,
      reopenCount: row.reopen_count,
    };
    const after = {
      stage: to,
      blockerReason: changes.blocker_reason,
      waitingOn: changes.waiting_on,
      closeReason: changes.close_reason,
      resolutionSummary: changes.resolution_summary,
      rootCause: changes.root_cause,
      customerResponse: changes.customer_response,
      reopenCount: changes.reopen_count,
    };
    await appendAudit(trx, actor, {
      stream: caseStream(caseId),
      caseId,
      action: reopening ? 'case.reopened' : 'case.stage_changed',
      entityType: 'case',
      entityId: caseId,
      changes: [
        ...diffFields(before, after),
        { field: 'reason', before: null, after: input.reason ?? null },
      ],
    });
    await refreshCaseSla(trx, caseId, now);
  });
  return getCase(db, caseId);
}
