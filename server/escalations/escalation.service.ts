import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CaseType } from '../../shared/cases/case.schema';
import { caseTypeDefinition, type EscalationRule } from '../../shared/cases/case-types';
import type { Escalation } from '../../shared/escalations/escalation.schema';
import type { Role } from '../../shared/users/user.schema';
import { appendAudit, caseStream, createdFields, type ActorContext } from '../audit/audit.service';
import { findCaseById } from '../cases/case.repository';
import { caseReference } from '../cases/case.service';
import type { Database } from '../db/database';
import { DomainError, NotFoundError } from '../errors';
import { clocksOfCase } from '../sla/case-clocks';
import type { AuthUser } from '../users/user.service';
import { firingReason } from './escalation-rules';
import {
  countSimilarCasesSince,
  findClientWatchFacts,
  findEscalation,
  insertEscalationOnce,
  listOpenCaseIds,
  resolveEscalationOnce,
  type EscalationRow,
} from './escalation.repository';

const dayMs = 24 * 60 * 60 * 1000;

export function toEscalation(row: EscalationRow): Escalation {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: caseReference(row.case_number),
    ruleKey: row.rule_key,
    reason: row.reason,
    decideRole: row.decide_role as Role,
    decideBy: row.decide_by,
    status: row.status as Escalation['status'],
    firedAt: row.fired_at,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    decisionNote: row.decision_note,
  };
}

/** Evaluates one open case's escalation rules and records each that fires, once per case and rule. */
async function evaluateCase(
  db: Kysely<Database>,
  caseId: string,
  actor: ActorContext,
  now: Date,
): Promise<number> {
  const row = await findCaseById(db, caseId);
  if (!row) return 0;
  const client = await findClientWatchFacts(db, row.client_id);
  const definition = caseTypeDefinition(row.type as CaseType);
  const clocks = await clocksOfCase(db, row, now);
  const similar = new Map<number, number>();
  for (const rule of definition.escalations) {
    if (rule.trigger.kind === 'repeat_issue') {
      const since = new Date(now.getTime() - rule.trigger.withinDays * dayMs).toISOString();
      similar.set(
        rule.trigger.withinDays,
        await countSimilarCasesSince(db, row.client_id, row.type, since),
      );
    }
  }
  let fired = 0;
  for (const rule of definition.escalations) {
    const reason = firingReason(rule, {
      clocks,
      materialImpact: row.material_impact === 1,
      clientVulnerable: client?.vulnerable === 1,
      clientRiskRating: client?.risk_rating ?? 'low',
      stage: row.stage,
      waitingOn: row.waiting_on,
      similarCasesWithin: (days) => similar.get(days) ?? 0,
    });
    if (!reason) continue;
    // The unique (case, rule) key decides who records it; only that transaction audits it.
    const recorded = await db
      .transaction()
      .execute((trx) => recordEscalation(trx, actor, caseId, rule, reason, now));
    if (recorded) fired += 1;
  }
  return fired;
}

/** Records one fired rule on a case, once per (case, rule), with its audit event; false if already there. */
export async function recordEscalation(
  trx: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  rule: EscalationRule,
  reason: string,
  now: Date,
): Promise<boolean> {
  const id = randomUUID();
  const decideBy = new Date(now.getTime() + rule.decideWithinMinutes * 60_000).toISOString();
  const inserted = await insertEscalationOnce(trx, {
    id,
    case_id: caseId,
    rule_key: rule.key,
    reason,
    decide_role: rule.decidedBy,
    decide_by: decideBy,
    status: 'open',
    fired_at: now.toISOString(),
  });
  if (!inserted) return false;
  await appendAudit(trx, actor, {
    stream: caseStream(caseId),
    caseId,
    action: 'escalation.raised',
    entityType: 'escalation',
    entityId: id,
    changes: createdFields({ ruleKey: rule.key, reason, decideRole: rule.decidedBy, decideBy }),
  });
  return true;
}

/** Runs every open case's escalation rules; safe to run on several instances at once. */
export async function evaluateEscalations(
  db: Kysely<Database>,
  now: Date,
  runId = randomUUID(),
): Promise<{ evaluated: number; fired: number }> {
  const actor: ActorContext = { userId: 'system', requestId: `escalations-${runId}` };
  const open = await listOpenCaseIds(db);
  let fired = 0;
  for (const { id } of open) fired += await evaluateCase(db, id, actor, now);
  return { evaluated: open.length, fired };
}

/** Records the decision on an escalation; only someone holding the role it names may make it. */
export async function resolveEscalation(
  db: Kysely<Database>,
  user: AuthUser,
  actor: ActorContext,
  id: string,
  note: string,
): Promise<Escalation> {
  await db.transaction().execute(async (trx) => {
    const row = await findEscalation(trx, id);
    if (!row) throw new NotFoundError('Escalation');
    if (!user.roles.includes(row.decide_role as Role)) {
      throw new DomainError(
        'forbidden',
        `Only a ${row.decide_role.replace('_', ' ')} can decide this escalation`,
      );
    }
    const at = new Date().toISOString();
    if (
      !(await resolveEscalationOnce(trx, id, {
        resolved_by: user.id,
        resolved_at: at,
        decision_note: note,
      }))
    ) {
      throw new DomainError('already_decided', 'This escalation has already been resolved');
    }
    await appendAudit(trx, actor, {
      stream: caseStream(row.case_id),
      caseId: row.case_id,
      action: 'escalation.resolved',
      entityType: 'escalation',
      entityId: id,
      changes: [
        { field: 'status', before: 'open', after: 'resolved' },
        { field: 'decisionNote', before: null, after: note },
      ],
    });
  });
  const row = await findEscalation(db, id);
  if (!row) throw new NotFoundError('Escalation');
  return toEscalation(row);
}
