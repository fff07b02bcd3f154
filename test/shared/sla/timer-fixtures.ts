import { caseTypeDefinition } from '../../../shared/cases/case-types';
import type { Stage } from '../../../shared/cases/case.schema';
import { calendarForQueue } from '../../../shared/sla/calendars';
import {
  computeClocks,
  type ComputeClocksInput,
  type StageInterval,
  type TimerName,
  type TimerView,
} from '../../../shared/sla/timers';

/**
 * Test helpers. Dates sit in January 2026 (GMT, so local time = UTC): Mon 12 Jan … Fri 16 Jan,
 * Mon 19 Jan. The service-ops calendar works 09:00–17:30, 510 minutes a day.
 */
export const serviceOps = calendarForQueue('service-ops');
export const complaints = calendarForQueue('complaints');
/** triage 240 business, resolution 2400 business, waits 4800 / 960 business, pauses. */
export const accountMaintenance = caseTypeDefinition('account_maintenance').sla;
/** triage 240, acknowledgement 480 business; resolution and final response 56 days. */
export const complaint = caseTypeDefinition('complaint').sla;

/** `[stage, enteredAt]` pairs, oldest first. */
export type Steps = Array<[Stage, string]>;

/** Contiguous stints from steps; the last one is open. */
export function history(...steps: Steps): StageInterval[] {
  return steps.map(([stage, from], i) => ({ stage, from, to: steps[i + 1]?.[1] ?? null }));
}

export function clocks(steps: Steps, now: string, extra: Partial<ComputeClocksInput> = {}) {
  return computeClocks({
    policy: accountMaintenance,
    calendar: serviceOps,
    history: history(...steps),
    now: new Date(now),
    ...extra,
  });
}

export function timer(result: { timers: TimerView[] }, name: TimerName): TimerView {
  const found = result.timers.find((t) => t.timer === name);
  if (!found) throw new Error(`no ${name} timer`);
  return found;
}
