import { z } from 'zod';
import type { SlaPolicy, SlaTarget } from '../cases/case-types';
import type { Stage } from '../cases/case.schema';
import { advanceMs, elapsedMs, type BusinessCalendar } from './business-calendar';
import {
  firstEntry,
  toTimeline,
  trackLastStint,
  trackUntil,
  trackWhile,
  type StageInterval,
  type Tracked,
} from './stage-history';
import { MINUTE_MS } from './working-days';

export { intervalsFromChanges, StageIntervalSchema, type StageInterval } from './stage-history';

export const TimerNameSchema = z.enum([
  'triage',
  'acknowledgement',
  'resolution',
  'final_response',
  'waiting_customer',
  'waiting_internal',
]);
export type TimerName = z.infer<typeof TimerNameSchema>;

export const TimerStateSchema = z.enum(['on_track', 'at_risk', 'breached']);
export type TimerState = z.infer<typeof TimerStateSchema>;

/** One SLA clock as the UI shows it. Minutes are whole, rounded down. */
export const TimerViewSchema = z.object({
  timer: TimerNameSchema,
  state: TimerStateSchema,
  targetMinutes: z.number(),
  basis: z.enum(['business', 'calendar']),
  elapsedMinutes: z.number().int().min(0),
  /** Negative once breached. */
  remainingMinutes: z.number(),
  /** When the target is (or was) reached; null while paused or once stopped. */
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  running: z.boolean(),
  paused: z.boolean(),
  stoppedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TimerView = z.infer<typeof TimerViewSchema>;

export const CaseClocksSchema = z.object({
  timers: z.array(TimerViewSchema),
  worstState: TimerStateSchema,
  /** Calendar minutes since creation; a closed case stops ageing when it closes. */
  ageMinutes: z.number().int().min(0),
  /** Calendar minutes since the case entered its current stage. */
  stageAgeMinutes: z.number().int().min(0),
  stageEnteredAt: z.iso.datetime({ offset: true }),
});
export type CaseClocks = z.infer<typeof CaseClocksSchema>;

export type ComputeClocksInput = {
  policy: SlaPolicy;
  /** The case queue's calendar; business-basis targets count only its working time. */
  calendar: BusinessCalendar;
  /** Contiguous stage stints, the first starting at creation. */
  history: readonly StageInterval[];
  acknowledgedAt?: string | null;
  now: Date;
};

const stateRank: Record<TimerState, number> = { on_track: 0, at_risk: 1, breached: 2 };

/** Breached past the target; at risk from `atRiskShare` of it; on track before that. */
export function timerState(elapsed: number, target: number, atRiskShare: number): TimerState {
  if (elapsed > target) return 'breached';
  if (elapsed >= atRiskShare * target) return 'at_risk';
  return 'on_track';
}

export function worseState(a: TimerState, b: TimerState): TimerState {
  return stateRank[b] > stateRank[a] ? b : a;
}

const finished = (stage: Stage) => stage === 'resolved' || stage === 'closed';
const triaging = (stage: Stage) => stage === 'new' || stage === 'triage';

function countedMs(cal: BusinessCalendar, tracked: Tracked, basis: SlaTarget['basis']) {
  let counted = 0;
  for (const [from, to] of tracked.segments) counted += elapsedMs(cal, from, to, basis);
  return counted;
}

/**
 * Where the target is reached: for a clock still short of it, counting on from now; for one
 * already past it, the point inside the spans it counted where it crossed the line.
 */
function dueMs(
  cal: BusinessCalendar,
  tracked: Tracked,
  target: SlaTarget,
  counted: number,
  now: number,
) {
  const targetMs = target.minutes * MINUTE_MS;
  if (counted < targetMs) return advanceMs(cal, now, targetMs - counted, target.basis);
  let before = 0;
  for (const [from, to] of tracked.segments) {
    const span = elapsedMs(cal, from, to, target.basis);
    const needed = targetMs - before;
    if (span >= needed) return needed > 0 ? advanceMs(cal, from, needed, target.basis) : from;
    before += span;
  }
  return now;
}

function view(
  timer: TimerName,
  target: SlaTarget,
  tracked: Tracked,
  input: ComputeClocksInput,
): TimerView {
  const { calendar, policy, now } = input;
  const counted = countedMs(calendar, tracked, target.basis);
  const elapsedMinutes = Math.floor(counted / MINUTE_MS);
  const due = tracked.running ? dueMs(calendar, tracked, target, counted, now.getTime()) : null;
  return {
    timer,
    state: timerState(elapsedMinutes, target.minutes, policy.atRiskShare),
    targetMinutes: target.minutes,
    basis: target.basis,
    elapsedMinutes,
    remainingMinutes: target.minutes - elapsedMinutes,
    dueAt: due === null ? null : new Date(due).toISOString(),
    running: tracked.running,
    paused: tracked.paused,
    stoppedAt: tracked.stoppedAt === null ? null : new Date(tracked.stoppedAt).toISOString(),
  };
}

/**
 * Every SLA clock of a case from its stage history:
 * - triage: from creation until the case first moves past new/triage;
 * - acknowledgement: from creation until acknowledged or first out of `new`, if earlier;
 * - resolution: while not resolved/closed, paused while waiting on the customer if the
 *   policy says so, and picking up where it left off after a reopen;
 * - final_response: like resolution, but never paused;
 * - waiting_customer / waiting_internal: the latest stint in that stage, always listed.
 */
export function computeClocks(input: ComputeClocksInput): CaseClocks {
  const { policy, history, now } = input;
  const tl = toTimeline(history, now);
  const timers: TimerView[] = [];

  const triage = trackUntil(
    tl,
    firstEntry(tl, (s) => !triaging(s)),
  );
  timers.push(view('triage', policy.triage, triage, input));

  if (policy.acknowledgement) {
    const leftNew = firstEntry(tl, (s) => s !== 'new');
    const acked = input.acknowledgedAt ? Date.parse(input.acknowledgedAt) : null;
    if (Number.isNaN(acked)) throw new RangeError(`Not an ISO instant: ${input.acknowledgedAt}`);
    const stops = [leftNew, acked].filter((t) => t !== null);
    const stop = stops.length > 0 ? Math.min(...stops) : null;
    timers.push(view('acknowledgement', policy.acknowledgement, trackUntil(tl, stop), input));
  }

  const pauses = (s: Stage) =>
    policy.pauseResolutionWhileWaitingCustomer && s === 'waiting_customer';
  const resolution = trackWhile(tl, (s) => !finished(s) && !pauses(s), finished);
  timers.push(view('resolution', policy.resolution, resolution, input));

  if (policy.finalResponse) {
    const finalResponse = trackWhile(tl, (s) => !finished(s), finished);
    timers.push(view('final_response', policy.finalResponse, finalResponse, input));
  }

  const customer = trackLastStint(tl, 'waiting_customer');
  timers.push(view('waiting_customer', policy.waitingCustomer, customer, input));
  const internal = trackLastStint(tl, 'waiting_internal');
  timers.push(view('waiting_internal', policy.waitingInternal, internal, input));

  // Paused clocks count too: a resolution clock breached before a wait is still breached.
  // Never-started waiting clocks are on track, so they cannot raise the worst state.
  // A stopped clock's breach is history (a late triage stays on the record in its
  // own timer); the case's state is what is still running or waiting to resume.
  const worstState = timers
    .filter((t) => t.running || t.paused)
    .reduce<TimerState>((w, t) => worseState(w, t.state), 'on_track');
  // A closed case stops ageing when it closed.
  const closedAt = tl.current.stage === 'closed' ? tl.current.from : tl.endAt;
  return {
    timers,
    worstState,
    ageMinutes: Math.max(0, Math.floor((Math.min(closedAt, tl.endAt) - tl.createdAt) / MINUTE_MS)),
    stageAgeMinutes: Math.max(0, Math.floor((tl.now - tl.current.from) / MINUTE_MS)),
    stageEnteredAt: new Date(tl.current.from).toISOString(),
  };
}
