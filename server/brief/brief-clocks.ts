import type { CaseClocks, TimerName } from '../../shared/sla/timers';

/** A clock that needs someone to act: at risk or breached, and still running or paused. */
export type ClockAlert = { timer: TimerName; state: 'at_risk' | 'breached'; dueAt: string | null };

/**
 * The clock most worth acting on: breached before at risk, then the soonest due. A clock
 * that has stopped is left out, since nothing done now changes it.
 */
export function clockNeedingAction(clocks: CaseClocks): ClockAlert | null {
  const live = clocks.timers.flatMap((t) =>
    t.state !== 'on_track' && (t.running || t.paused)
      ? [{ timer: t.timer, state: t.state, dueAt: t.dueAt }]
      : [],
  );
  live.sort((a, b) => {
    if (a.state !== b.state) return a.state === 'breached' ? -1 : 1;
    return (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999');
  });
  return live[0] ?? null;
}
