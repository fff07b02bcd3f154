import type { Stage } from '../../shared/cases/case.schema';
import { addBusinessMinutes, type BusinessCalendar } from '../../shared/sla/business-calendar';
import { calendarForQueue } from '../../shared/sla/calendars';
import { dayOf, localDayOf, MINUTE_MS, minuteOfDay } from '../../shared/sla/working-days';
import type { DemoCase } from './demo-data.types';
import type { DemoStep, DemoWhen } from './demo-work.types';

// Turns the demo data's relative times into instants. Counting back in working time means
// the working time between any two demo events, and so every business-time SLA clock, is
// the same whenever the seed runs.

/** The calendar client records (interactions, follow-ups) count their working time in. */
export const relationshipCalendar = calendarForQueue('service-ops');

const maxDaysBack = 3660;

/** Minutes in one working day of the calendar. */
export function workingDayMinutes(cal: BusinessCalendar): number {
  return minuteOfDay(cal.closes) - minuteOfDay(cal.opens);
}

/**
 * The latest instant with exactly `minutes` of working time between it and `end`: the same
 * wall-clock time some working days back when `end` is in working hours, an opening time
 * when the count runs out at one.
 */
export function businessMinutesBefore(cal: BusinessCalendar, end: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Cannot count back ${minutes} business minutes`);
  }
  let remaining = Math.round(minutes * MINUTE_MS);
  const to = end.getTime();
  if (remaining === 0) return end;
  const firstDay = localDayOf(cal, to);
  for (let dayNumber = firstDay; dayNumber > firstDay - maxDaysBack; dayNumber--) {
    const day = dayOf(cal, dayNumber);
    if (!day.working) continue;
    const windowEnd = Math.min(to, day.close);
    if (windowEnd <= day.open) continue;
    const available = windowEnd - day.open;
    if (remaining <= available) return new Date(windowEnd - remaining);
    remaining -= available;
  }
  throw new RangeError(`Calendar ${cal.id} has no working time to count back through`);
}

/** The instant a relative demo time names, on the given calendar. */
export function instantOf(when: DemoWhen, cal: BusinessCalendar, now: Date): Date {
  if ('businessHoursAgo' in when)
    return businessMinutesBefore(cal, now, when.businessHoursAgo * 60);
  const start = businessMinutesBefore(cal, now, when.businessDaysAgo * workingDayMinutes(cal));
  return when.hoursLater ? addBusinessMinutes(cal, start, when.hoursLater * 60) : start;
}

/** An expiry: so many calendar days ahead, or a working time already passed. */
export function expiryOf(
  expires: { daysFromNow: number } | DemoWhen,
  cal: BusinessCalendar,
  now: Date,
): Date {
  if ('daysFromNow' in expires) return new Date(now.getTime() + expires.daysFromNow * 86_400_000);
  return instantOf(expires, cal, now);
}

/** A step of a case with the instant it happened and the stage it left. */
export type TimedStep = DemoStep & { at: Date; from: Stage };

/** A demo case's creation and moves as instants, on its queue's calendar, oldest first. */
export function caseHistory(
  seedCase: Pick<DemoCase, 'queue' | 'opened' | 'steps'>,
  now: Date,
): { createdAt: Date; steps: TimedStep[] } {
  const cal = calendarForQueue(seedCase.queue);
  let from: Stage = 'new';
  const steps = seedCase.steps.map((step) => {
    const timed = { ...step, at: instantOf(step, cal, now), from };
    from = step.stage;
    return timed;
  });
  return { createdAt: instantOf(seedCase.opened, cal, now), steps };
}
