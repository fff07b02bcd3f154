import type { TimerState, TimerView } from '../../../../shared/sla/timers';

const MINUTE_MS = 60_000;

/** A timer as it stands at `now`, counted down from its due time without asking the server. */
export type LiveTimer = {
  timer: TimerView['timer'];
  state: TimerState;
  /** Minutes left (negative once overdue); null when the clock does not run. */
  remainingMinutes: number | null;
  status: 'running' | 'paused' | 'stopped' | 'idle';
};

/** Counts a timer down to `now`; it turns at risk at the type's share of its target, breached past it. */
export function liveTimer(timer: TimerView, now: number, atRiskShare: number): LiveTimer {
  if (timer.paused)
    return {
      timer: timer.timer,
      state: timer.state,
      remainingMinutes: timer.remainingMinutes,
      status: 'paused',
    };
  if (!timer.running || !timer.dueAt) {
    // A clock that stopped was running once; one with no stop time has not started.
    const status = timer.stoppedAt ? 'stopped' : 'idle';
    return { timer: timer.timer, state: timer.state, remainingMinutes: null, status };
  }
  const remaining = Math.floor((Date.parse(timer.dueAt) - now) / MINUTE_MS);
  let state: TimerState = timer.state;
  if (remaining < 0) state = 'breached';
  else if (state === 'on_track' && remaining <= timer.targetMinutes * (1 - atRiskShare))
    state = 'at_risk';
  return { timer: timer.timer, state, remainingMinutes: remaining, status: 'running' };
}

/** "2d 3h", "3h 20m", "12m": the two largest units, for a narrow pane. */
export function formatMinutes(total: number): string {
  const minutes = Math.abs(Math.trunc(total));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${rest}m`;
  return `${rest}m`;
}

/** Minutes between an ISO time and now, never negative. */
export function minutesSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / MINUTE_MS));
}
