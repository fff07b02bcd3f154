import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { SlaTarget } from '../cases/case-types';
import {
  addBusinessMs,
  businessMsBetween,
  dayOf,
  localDayOf,
  MINUTE_MS,
  minuteOfDay,
  nextWorkingMs,
} from './working-days';

const clockTime = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
// Closing may be '24:00' so a calendar can work up to midnight inclusive.
const closingTime = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/**
 * When a queue works: local wall-clock hours on given ISO weekdays (1 = Mon … 7 = Sun), minus
 * holidays given as local dates. Hours are wall-clock, so a 09:00–17:00 day is 8 hours in
 * summer and winter alike, and a day that spans a DST change really is an hour shorter or
 * longer. Treat a calendar as an immutable value: its derived day table is memoised per object.
 */
export const BusinessCalendarSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'Unknown IANA time zone'),
    workingDays: z.array(z.number().int().min(1).max(7)).min(1),
    opens: z.string().regex(clockTime, 'Use HH:MM'),
    closes: z.string().regex(closingTime, 'Use HH:MM'),
    holidays: z.array(z.iso.date()),
  })
  .refine((c) => minuteOfDay(c.opens) < minuteOfDay(c.closes), {
    message: 'A calendar must close after it opens',
    path: ['closes'],
  });
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;

export type SlaBasis = SlaTarget['basis'];

/** Whether `at` falls in working hours: opening time counts, closing time does not. */
export function isWorkingTime(cal: BusinessCalendar, at: Date): boolean {
  const t = at.getTime();
  const day = dayOf(cal, localDayOf(cal, t));
  return day.working && t >= day.open && t < day.close;
}

/**
 * `at` itself when it is working time, otherwise the next opening, skipping non-working
 * days and holidays. This is also how a due time that lands outside hours is moved on.
 */
export function nextWorkingTime(cal: BusinessCalendar, at: Date): Date {
  return new Date(nextWorkingMs(cal, at.getTime()));
}

/**
 * The instant `minutes` working minutes after `start`. A start outside hours begins at the
 * next opening. When the minutes run out exactly at closing time the answer is that closing
 * instant (the work is due by close), not the next morning; adding 0 minutes answers
 * `nextWorkingTime(start)`.
 */
export function addBusinessMinutes(cal: BusinessCalendar, start: Date, minutes: number): Date {
  return new Date(addBusinessMs(cal, start.getTime(), minutes * MINUTE_MS));
}

/** Whole working minutes in [from, to), rounded down; 0 when `to` is not after `from`. */
export function businessMinutesBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  return Math.floor(businessMsBetween(cal, from.getTime(), to.getTime()) / MINUTE_MS);
}

/** When a target started at `start` falls due, in business or plain minutes as it says. */
export function addTarget(cal: BusinessCalendar, start: Date, target: SlaTarget): Date {
  return target.basis === 'business'
    ? addBusinessMinutes(cal, start, target.minutes)
    : new Date(start.getTime() + target.minutes * MINUTE_MS);
}

/** Whole minutes between two instants as a target of `basis` counts them (0 if `to` ≤ `from`). */
export function elapsedAgainst(
  cal: BusinessCalendar,
  from: Date,
  to: Date,
  basis: SlaBasis,
): number {
  return Math.floor(elapsedMs(cal, from.getTime(), to.getTime(), basis) / MINUTE_MS);
}

/** Millisecond form of `elapsedAgainst`, so callers can sum spans before rounding once. */
export function elapsedMs(cal: BusinessCalendar, from: number, to: number, basis: SlaBasis) {
  if (basis === 'business') return businessMsBetween(cal, from, to);
  return to > from ? to - from : 0;
}

/** Millisecond form of `addTarget`: where `ms` of counted time after `start` ends. */
export function advanceMs(cal: BusinessCalendar, start: number, ms: number, basis: SlaBasis) {
  return basis === 'business' ? addBusinessMs(cal, start, ms) : start + ms;
}
