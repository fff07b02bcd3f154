import type { Kysely } from 'kysely';
import type { CaseType } from '../../shared/cases/case.schema';
import { caseTypeDefinition, type EscalationRule } from '../../shared/cases/case-types';
import { findCaseById, type CaseRow } from '../cases/case.repository';
import type { Database } from '../db/database';
import { firingReason } from '../escalations/escalation-rules';
import {
  countSimilarCasesSince,
  findClientWatchFacts,
  listOpenCaseIds,
} from '../escalations/escalation.repository';
import { recordEscalation } from '../escalations/escalation.service';
import { clocksOfCase } from '../sla/case-clocks';
import { demoActor } from './seed-writes';

// The escalations the scheduler would raise on its first round, raised inside the seed's
// transaction. evaluateEscalations opens a transaction per case, and Kysely cannot open
// one inside another, so this runs the same rules and records each with recordEscalation.

const dayMs = 86_400_000;

/** How many cases of this case's type its client opened within each repeat rule's window. */
async function similarCaseCounts(
  trx: Kysely<Database>,
  row: CaseRow,
  rules: readonly EscalationRule[],
  now: Date,
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const rule of rules) {
    if (rule.trigger.kind !== 'repeat_issue') continue;
    const since = new Date(now.getTime() - rule.trigger.withinDays * dayMs).toISOString();
    counts.set(
      rule.trigger.withinDays,
      await countSimilarCasesSince(trx, row.client_id, row.type, since),
    );
  }
  return counts;
}

/** Raises every escalation rule that fires on an open case now; answers how many it raised. */
export async function raiseDueEscalations(trx: Kysely<Database>, now: Date): Promise<number> {
  let raised = 0;
  for (const { id } of await listOpenCaseIds(trx)) {
    const row = await findCaseById(trx, id);
    if (!row) continue;
    const rules = caseTypeDefinition(row.type as CaseType).escalations;
    const client = await findClientWatchFacts(trx, row.client_id);
    const clocks = await clocksOfCase(trx, row, now);
    const similar = await similarCaseCounts(trx, row, rules, now);
    for (const rule of rules) {
      const reason = firingReason(rule, {
        clocks,
        materialImpact: row.material_impact === 1,
        clientVulnerable: client?.vulnerable === 1,
        clientRiskRating: client?.risk_rating ?? 'low',
        stage: row.stage,
        waitingOn: row.waiting_on,
        similarCasesWithin: (days) => similar.get(days) ?? 0,
      });
      if (reason && (await recordEscalation(trx, demoActor('system'), id, rule, reason, now)))
        raised += 1;
    }
  }
  return raised;
}
