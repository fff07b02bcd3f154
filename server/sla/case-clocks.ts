import type { Kysely } from 'kysely';
import type { CaseType, Stage } from '../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../shared/cases/case-types';
import { calendarForQueue } from '../../shared/sla/calendars';
import { computeClocks, intervalsFromChanges, type CaseClocks } from '../../shared/sla/timers';
import type { CaseRow } from '../cases/case.repository';
import { listStageChanges } from '../cases/case.repository';
import type { Database } from '../db/database';

/** A stage change as the clocks need it. */
export type StageChangeFact = { from_stage: string | null; to_stage: string; at: string };

/** A case's SLA clocks from a stage history already loaded, against its queue's calendar. */
export function clocksFromHistory(
  row: Pick<CaseRow, 'created_at' | 'type' | 'queue' | 'acknowledged_at'>,
  changes: readonly StageChangeFact[],
  now: Date,
): CaseClocks {
  const history = intervalsFromChanges(
    row.created_at,
    changes
      .filter((c) => c.from_stage !== null)
      .map((c) => ({ toStage: c.to_stage as Stage, at: c.at })),
  );
  return computeClocks({
    policy: caseTypeDefinition(row.type as CaseType).sla,
    calendar: calendarForQueue(row.queue),
    history,
    acknowledgedAt: row.acknowledged_at,
    now,
  });
}

/** The case's SLA clocks now, from its stage history and its queue's business calendar. */
export async function clocksOfCase(
  db: Kysely<Database>,
  row: CaseRow,
  now: Date,
): Promise<CaseClocks> {
  return clocksFromHistory(row, await listStageChanges(db, row.id), now);
}

/** The soonest moment a running clock is due, for the queue's "near breach" ordering. */
export function nextDueAt(clocks: CaseClocks): string | null {
  const due = clocks.timers.flatMap((t) => (t.running && t.dueAt ? [t.dueAt] : [])).sort();
  return due[0] ?? null;
}

/**
 * Stores the worst clock state and next due time on the case row, so queues can
 * filter and sort by SLA without computing every case's clocks. It is derived
 * data, so it does not bump the case's version.
 */
export async function refreshSlaSnapshot(
  db: Kysely<Database>,
  row: CaseRow,
  now: Date,
): Promise<CaseClocks> {
  const clocks = await clocksOfCase(db, row, now);
  await db
    .updateTable('cases')
    .set({ sla_state: clocks.worstState, sla_due_at: nextDueAt(clocks) })
    .where('id', '=', row.id)
    .execute();
  return clocks;
}
