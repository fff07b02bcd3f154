import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  BusinessCalendarSchema,
  businessMinutesBetween,
  isWorkingTime,
  nextWorkingTime,
} from '../../../shared/sla/business-calendar';
import { calendarForQueue } from '../../../shared/sla/calendars';

// Europe/London moves to BST on Sun 29 Mar 2026 (01:00 GMT → 02:00 BST) and back on
// Sun 25 Oct 2026 (02:00 BST → 01:00 GMT). New York changes on 8 Mar and 1 Nov 2026.
const london = calendarForQueue('service-ops');
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();
const minutes = (from: string, to: string) => businessMinutesBetween(london, at(from), at(to));

const newYork = BusinessCalendarSchema.parse({
  id: 'ny',
  label: 'New York',
  timeZone: 'America/New_York',
  workingDays: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidays: [],
});

const londonSundayNights = BusinessCalendarSchema.parse({
  id: 'sunday-batch',
  label: 'Sunday batch window',
  timeZone: 'Europe/London',
  workingDays: [7],
  opens: '00:00',
  closes: '06:00',
  holidays: [],
});

describe('Europe/London across the spring-forward change', () => {
  it('gives the spring-forward week the same business minutes as a normal week', () => {
    const normalWeek = minutes('2026-03-14T00:00:00Z', '2026-03-21T00:00:00Z');
    expect(normalWeek).toBe(5 * 510);
    // Wed 25 Mar to Wed 1 Apr local: the Sunday change is inside the span.
    expect(minutes('2026-03-25T00:00:00Z', '2026-03-31T23:00:00Z')).toBe(normalWeek);
  });

  it('opens at 09:00Z before the change and at 08:00Z (09:00 BST) after it', () => {
    expect(iso(nextWorkingTime(london, at('2026-03-27T06:00:00Z')))).toBe(
      '2026-03-27T09:00:00.000Z',
    );
    expect(iso(nextWorkingTime(london, at('2026-03-27T18:00:00Z')))).toBe(
      '2026-03-30T08:00:00.000Z',
    );
  });

  it('carries minutes from a GMT Friday into a BST Monday on the local clock', () => {
    // Fri 17:00 GMT + 60: 30 minutes to close, 30 more from 09:00 BST Monday.
    expect(iso(addBusinessMinutes(london, at('2026-03-27T17:00:00Z'), 60))).toBe(
      '2026-03-30T08:30:00.000Z',
    );
  });
});

describe('Europe/London across the fall-back change', () => {
  it('gives the fall-back week the same business minutes as a normal week', () => {
    // Wed 21 Oct (BST) to Wed 28 Oct (GMT) local midnights.
    expect(minutes('2026-10-20T23:00:00Z', '2026-10-28T00:00:00Z')).toBe(5 * 510);
  });

  it('opens at 08:00Z (09:00 BST) before the change and at 09:00Z after it', () => {
    expect(iso(nextWorkingTime(london, at('2026-10-23T05:00:00Z')))).toBe(
      '2026-10-23T08:00:00.000Z',
    );
    expect(iso(nextWorkingTime(london, at('2026-10-23T17:00:00Z')))).toBe(
      '2026-10-26T09:00:00.000Z',
    );
  });

  it('carries minutes from a BST Friday into a GMT Monday on the local clock', () => {
    // Fri 17:00 BST is 16:00Z; 30 minutes to close, 30 more from 09:00 GMT Monday.
    expect(iso(addBusinessMinutes(london, at('2026-10-23T16:00:00Z'), 60))).toBe(
      '2026-10-26T09:30:00.000Z',
    );
  });
});

describe('America/New_York across both changes', () => {
  it('opens at 14:00Z in EST and 13:00Z in EDT around 8 Mar 2026', () => {
    expect(iso(nextWorkingTime(newYork, at('2026-03-06T22:00:00Z')))).toBe(
      '2026-03-09T13:00:00.000Z',
    );
    // Fri 16:00 EST (21:00Z) + 120: 60 minutes Friday, 60 from 09:00 EDT Monday.
    expect(iso(addBusinessMinutes(newYork, at('2026-03-06T21:00:00Z'), 120))).toBe(
      '2026-03-09T14:00:00.000Z',
    );
  });

  it('opens at 13:00Z in EDT and 14:00Z in EST around 1 Nov 2026', () => {
    expect(iso(nextWorkingTime(newYork, at('2026-10-30T22:00:00Z')))).toBe(
      '2026-11-02T14:00:00.000Z',
    );
    expect(
      businessMinutesBetween(newYork, at('2026-10-28T04:00:00Z'), at('2026-11-04T05:00:00Z')),
    ).toBe(5 * 480);
  });
});

describe('a calendar that works through the change itself (Sun 00:00–06:00 London)', () => {
  const sunday = (from: string, to: string) =>
    businessMinutesBetween(londonSundayNights, at(from), at(to));

  it('counts a normal Sunday as six hours', () => {
    expect(sunday('2026-03-21T00:00:00Z', '2026-03-23T00:00:00Z')).toBe(360);
  });

  it('counts the spring-forward Sunday as five real hours', () => {
    expect(sunday('2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')).toBe(300);
    // 02:30 BST exists and is working time; it is 01:30Z.
    expect(isWorkingTime(londonSundayNights, at('2026-03-29T01:30:00Z'))).toBe(true);
    expect(iso(addBusinessMinutes(londonSundayNights, at('2026-03-29T00:00:00Z'), 300))).toBe(
      '2026-03-29T05:00:00.000Z',
    );
  });

  it('counts the fall-back Sunday as seven real hours', () => {
    // 00:00 BST on 25 Oct is 23:00Z the day before; 06:00 GMT is 06:00Z.
    expect(sunday('2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')).toBe(420);
    expect(iso(addBusinessMinutes(londonSundayNights, at('2026-10-24T12:00:00Z'), 420))).toBe(
      '2026-10-25T06:00:00.000Z',
    );
  });

  it('rolls a minute past a short Sunday over to the next Sunday’s opening', () => {
    // Sun 5 Apr 00:01 BST is 4 Apr 23:01Z.
    expect(iso(addBusinessMinutes(londonSundayNights, at('2026-03-29T00:00:00Z'), 301))).toBe(
      '2026-04-04T23:01:00.000Z',
    );
  });
});
