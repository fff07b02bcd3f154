import type { FollowUp } from '../../../../shared/follow-ups/follow-up.schema';

/** Open follow-ups first in the server's work order (overdue, then soonest due); finished ones after. */
export function followUpsForPanel(items: readonly FollowUp[]): FollowUp[] {
  return [...items.filter((f) => f.status === 'open'), ...items.filter((f) => f.status !== 'open')];
}

/** Tomorrow in London as YYYY-MM-DD: due dates are the bank's calendar days, not the viewer's. */
export function tomorrowInLondon(now: Date = new Date()): string {
  const tomorrow = new Date(now.getTime() + 86_400_000);
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(tomorrow);
}

/** A YYYY-MM-DD date as an instant inside that same day wherever the viewer is. */
export function middayOf(isoDate: string): string {
  return `${isoDate}T12:00:00Z`;
}
