import { DateTime } from 'luxon';

/** Follow-up due dates are London calendar days: the bank's working day, not the viewer's. */
export const followUpTimeZone = 'Europe/London';

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** Today's date in London as YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  const today = DateTime.fromJSDate(now, { zone: followUpTimeZone }).toISODate();
  if (!today) throw new RangeError('The clock does not give a valid date');
  return today;
}

/** A YYYY-MM-DD date moved by whole days (negative moves back). */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Overdue is derived, never stored: still open and due before today. */
export function isOverdue(status: string, dueDate: string, today: string): boolean {
  return status === 'open' && dueDate < today;
}
