import { DateTime } from 'luxon';
import type { BusinessCalendar } from './business-calendar';

/**
 * The arithmetic core behind the business calendar. Everything here works on epoch
 * milliseconds and on "day numbers" (local calendar days counted from 1970-01-01), so the
 * hot loops are plain number comparisons. Luxon is consulted once per local day per
 * calendar to turn wall-clock opening hours into instants, and the result is memoised.
 */

export const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** A calendar with no working day in ten years is a configuration error, not a long wait. */
const MAX_EMPTY_DAYS = 3660;
/** Enough for decades of days per calendar; beyond it the memo starts again rather than grow. */
const MAX_CACHED_DAYS = 50_000;

/** One local day: when it starts and, if it is worked, its working window [open, close). */
export type Day = { start: number; open: number; close: number; working: boolean };

type Compiled = {
  zone: string;
  workingDays: ReadonlySet<number>;
  holidays: ReadonlySet<number>;
  opensMinute: number;
  closesMinute: number;
  days: Map<number, Day>;
};

// Calendars are treated as immutable values: the compiled form is keyed by object identity.
const compiledCache = new WeakMap<BusinessCalendar, Compiled>();

/** 'HH:MM' → minutes after local midnight ('24:00' → 1440). */
export function minuteOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** 'YYYY-MM-DD' → day number. */
export function dayNumberOf(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

function compile(cal: BusinessCalendar): Compiled {
  let compiled = compiledCache.get(cal);
  if (!compiled) {
    compiled = {
      zone: cal.timeZone,
      workingDays: new Set(cal.workingDays),
      holidays: new Set(cal.holidays.map(dayNumberOf)),
      opensMinute: minuteOfDay(cal.opens),
      closesMinute: minuteOfDay(cal.closes),
      days: new Map(),
    };
    compiledCache.set(cal, compiled);
  }
  return compiled;
}

/** The instant a local wall-clock time occurs; times in a spring-forward gap shift forward. */
function wallClock(c: Compiled, y: number, m: number, d: number, minute: number): number {
  if (minute >= 1440) {
    // '24:00' means the start of the next local day, whatever its offset.
    const next = new Date(Date.UTC(y, m - 1, d) + DAY_MS);
    return wallClock(c, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0);
  }
  return DateTime.fromObject(
    { year: y, month: m, day: d, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone: c.zone },
  ).toMillis();
}

function isoWeekday(dayNumber: number): number {
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function dayOf(cal: BusinessCalendar, dayNumber: number): Day {
  const c = compile(cal);
  const cached = c.days.get(dayNumber);
  if (cached) return cached;
  const date = new Date(dayNumber * DAY_MS);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const start = wallClock(c, y, m, d, 0);
  const working = c.workingDays.has(isoWeekday(dayNumber)) && !c.holidays.has(dayNumber);
  const day: Day = working
    ? {
        start,
        open: wallClock(c, y, m, d, c.opensMinute),
        close: wallClock(c, y, m, d, c.closesMinute),
        working,
      }
    : { start, open: start, close: start, working };
  if (c.days.size >= MAX_CACHED_DAYS) c.days.clear();
  c.days.set(dayNumber, day);
  return day;
}

/** The local day an instant falls on; UTC offsets are under a day, so it is a UTC day ±1. */
export function localDayOf(cal: BusinessCalendar, t: number): number {
  const guess = Math.floor(t / DAY_MS);
  if (t < dayOf(cal, guess).start) return guess - 1;
  if (t >= dayOf(cal, guess + 1).start) return guess + 1;
  return guess;
}

/** The first working instant at or after `t`. */
export function nextWorkingMs(cal: BusinessCalendar, t: number): number {
  let dayNumber = localDayOf(cal, t);
  for (let i = 0; i <= MAX_EMPTY_DAYS; i++, dayNumber++) {
    const day = dayOf(cal, dayNumber);
    if (day.working && t < day.close) return Math.max(t, day.open);
  }
  throw new RangeError(`Calendar ${cal.id} has no working time after ${new Date(t).toISOString()}`);
}

/** Working milliseconds in [from, to); 0 when `to` is not after `from`. */
export function businessMsBetween(cal: BusinessCalendar, from: number, to: number): number {
  if (!(to > from)) return 0;
  const last = localDayOf(cal, to);
  let total = 0;
  for (let dayNumber = localDayOf(cal, from); dayNumber <= last; dayNumber++) {
    const day = dayOf(cal, dayNumber);
    if (!day.working) continue;
    const overlap = Math.min(to, day.close) - Math.max(from, day.open);
    if (overlap > 0) total += overlap;
  }
  return total;
}

/**
 * The instant `ms` working milliseconds after `start`. Counting begins at the next working
 * instant, and a remainder that runs out exactly at closing time ends at that closing
 * instant rather than at the next opening; `ms` of 0 is simply the next working instant.
 */
export function addBusinessMs(cal: BusinessCalendar, start: number, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Cannot add ${ms} business ms`);
  if (ms === 0) return nextWorkingMs(cal, start);
  let remaining = ms;
  let dayNumber = localDayOf(cal, start);
  let emptyDays = 0;
  for (;;) {
    const day = dayOf(cal, dayNumber);
    if (day.working && start < day.close) {
      emptyDays = 0;
      const from = Math.max(start, day.open);
      const available = day.close - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    } else if (++emptyDays > MAX_EMPTY_DAYS) {
      throw new RangeError(`Calendar ${cal.id} has no working time to add ${ms} ms to`);
    }
    dayNumber++;
  }
}
