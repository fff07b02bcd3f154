/**
 * Rough speed check for the SLA clocks, not a test: builds 10,000 synthetic cases of every
 * type (histories up to 56 days long, across the March DST change) and times computeClocks.
 * Run with `npx tsx bench/sla-timers.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { caseTypeDefinitions } from '../shared/cases/case-types';
import type { Stage } from '../shared/cases/case.schema';
import { calendarForQueue } from '../shared/sla/calendars';
import { computeClocks, type ComputeClocksInput, type StageInterval } from '../shared/sla/timers';

const CASES = 10_000;
const now = new Date('2026-04-15T11:00:00Z');
const MINUTE = 60_000;

// Deterministic pseudo-random numbers, so runs are comparable.
let seed = 42;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

const after: Record<Stage, Stage[]> = {
  new: ['triage', 'in_progress'],
  triage: ['in_progress', 'waiting_customer'],
  in_progress: ['waiting_customer', 'waiting_internal', 'pending_approval', 'resolved'],
  waiting_customer: ['in_progress', 'resolved'],
  waiting_internal: ['in_progress'],
  pending_approval: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['closed'],
};

function syntheticCase(): ComputeClocksInput {
  const definition = caseTypeDefinitions[random(caseTypeDefinitions.length)];
  if (!definition) throw new Error('no case types');
  let at = now.getTime() - random(56 * 24 * 60) * MINUTE;
  let stage: Stage = 'new';
  const history: StageInterval[] = [];
  for (let step = random(8); ; step--) {
    const next: Stage = after[stage][random(after[stage].length)] ?? 'closed';
    const leaveAt = at + random(3 * 24 * 60) * MINUTE;
    const last = step <= 0 || stage === 'closed' || leaveAt >= now.getTime();
    history.push({
      stage,
      from: new Date(at).toISOString(),
      to: last ? null : new Date(leaveAt).toISOString(),
    });
    if (last) break;
    [stage, at] = [next, leaveAt];
  }
  return {
    policy: definition.sla,
    calendar: calendarForQueue(definition.queue),
    history,
    acknowledgedAt: random(2) === 0 ? history[0]?.from : null,
    now,
  };
}

const inputs = Array.from({ length: CASES }, syntheticCase);

/** One timed pass; the first includes JIT warm-up and filling the calendars' day tables. */
function pass(label: string) {
  const started = performance.now();
  let timers = 0;
  for (const input of inputs) timers += computeClocks(input).timers.length;
  const elapsed = performance.now() - started;
  console.log(
    `${label}: ${CASES} cases in ${elapsed.toFixed(1)} ms ` +
      `(${((elapsed * 1000) / CASES).toFixed(1)} µs/case, ${timers} timers)`,
  );
}

pass('sla timers');
pass('sla timers (warm)');
