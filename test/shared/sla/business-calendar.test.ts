import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  addTarget,
  BusinessCalendarSchema,
  businessMinutesBetween,
  elapsedAgainst,
  isWorkingTime,
  nextWorkingTime,
} from '../../../shared/sla/business-calendar';
import { calendarForQueue } from '../../../shared/sla/calendars';

// Europe/London, Mon–Fri 09:00–17:30 (510 minutes a day), E&W bank holidays.
const serviceOps = calendarForQueue('service-ops');
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('BusinessCalendarSchema', () => {
  const valid = {
    id: 'x',
    label: 'X',
    timeZone: 'Europe/London',
    workingDays: [1, 2, 3, 4, 5],
    opens: '09:00',
    closes: '17:30',
    holidays: ['2026-12-25'],
  };

  it('accepts a well-formed calendar, including one that works until midnight', () => {
    expect(BusinessCalendarSchema.safeParse(valid).success).toBe(true);
    expect(BusinessCalendarSchema.safeParse({ ...valid, closes: '24:00' }).success).toBe(true);
  });

  it('rejects an unknown time zone, a close before opening, bad weekdays and bad dates', () => {
    for (const bad of [
      { timeZone: 'Europe/Atlantis' },
      { opens: '17:30', closes: '09:00' },
      { workingDays: [0] },
      { workingDays: [8] },
      { workingDays: [] },
      { opens: '9:00' },
      { holidays: ['25/12/2026'] },
    ]) {
      expect(
        BusinessCalendarSchema.safeParse({ ...valid, ...bad }).success,
        JSON.stringify(bad),
      ).toBe(false);
    }
  });
});

describe('isWorkingTime', () => {
  it('counts the opening instant as working time and the closing instant as not', () => {
    expect(isWorkingTime(serviceOps, at('2026-01-12T09:00:00Z'))).toBe(true);
    expect(isWorkingTime(serviceOps, at('2026-01-12T17:29:59Z'))).toBe(true);
    expect(isWorkingTime(serviceOps, at('2026-01-12T17:30:00Z'))).toBe(false);
    expect(isWorkingTime(serviceOps, at('2026-01-12T08:59:59Z'))).toBe(false);
  });

  it('is false at weekends and on bank holidays', () => {
    expect(isWorkingTime(serviceOps, at('2026-01-10T12:00:00Z'))).toBe(false); // Saturday
    expect(isWorkingTime(serviceOps, at('2026-01-11T12:00:00Z'))).toBe(false); // Sunday
    expect(isWorkingTime(serviceOps, at('2026-05-04T11:00:00Z'))).toBe(false); // May bank holiday
  });

  it('reads working hours on the local wall clock, not in UTC', () => {
    // 08:30Z is 09:30 BST in July but 08:30 GMT in January.
    expect(isWorkingTime(serviceOps, at('2026-07-15T08:30:00Z'))).toBe(true);
    expect(isWorkingTime(serviceOps, at('2026-01-14T08:30:00Z'))).toBe(false);
    // 16:45Z is 17:45 BST, after closing.
    expect(isWorkingTime(serviceOps, at('2026-07-15T16:45:00Z'))).toBe(false);
  });
});

describe('nextWorkingTime', () => {
  it('returns the instant itself when it is working time', () => {
    expect(iso(nextWorkingTime(serviceOps, at('2026-01-12T10:15:30Z')))).toBe(
      '2026-01-12T10:15:30.000Z',
    );
  });

  it('moves an early-morning instant to that morning’s opening', () => {
    expect(iso(nextWorkingTime(serviceOps, at('2026-01-12T06:00:00Z')))).toBe(
      '2026-01-12T09:00:00.000Z',
    );
  });

  it('moves a Friday evening over the weekend to Monday’s opening', () => {
    expect(iso(nextWorkingTime(serviceOps, at('2026-01-16T17:30:00Z')))).toBe(
      '2026-01-19T09:00:00.000Z',
    );
  });

  it('skips Christmas Day and the Boxing Day substitute (25 Dec 2026 Fri, 28 Dec Mon)', () => {
    expect(iso(nextWorkingTime(serviceOps, at('2026-12-24T18:00:00Z')))).toBe(
      '2026-12-29T09:00:00.000Z',
    );
    expect(iso(nextWorkingTime(serviceOps, at('2026-12-28T12:00:00Z')))).toBe(
      '2026-12-29T09:00:00.000Z',
    );
  });

  it('skips the Easter weekend to Tuesday morning in summer time', () => {
    // Good Friday 3 Apr and Easter Monday 6 Apr 2026; 09:00 BST is 08:00Z.
    expect(iso(nextWorkingTime(serviceOps, at('2026-04-02T17:00:00Z')))).toBe(
      '2026-04-07T08:00:00.000Z',
    );
  });
});

describe('addBusinessMinutes', () => {
  it('adds minutes within a working day', () => {
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-12T10:00:00Z'), 90))).toBe(
      '2026-01-12T11:30:00.000Z',
    );
  });

  it('carries what is left at closing time over to the next morning', () => {
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-12T17:00:00Z'), 60))).toBe(
      '2026-01-13T09:30:00.000Z',
    );
  });

  it('ends at the closing instant when the minutes run out exactly at close', () => {
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-12T17:00:00Z'), 30))).toBe(
      '2026-01-12T17:30:00.000Z',
    );
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-12T09:00:00Z'), 510))).toBe(
      '2026-01-12T17:30:00.000Z',
    );
  });

  it('starts counting at the next opening when the start is outside working hours', () => {
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-17T12:00:00Z'), 30))).toBe(
      '2026-01-19T09:30:00.000Z',
    );
    // Adding nothing to a closing instant is due at the next opening.
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-12T17:30:00Z'), 0))).toBe(
      '2026-01-13T09:00:00.000Z',
    );
  });

  it('carries a Friday afternoon over the weekend', () => {
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-16T17:00:00Z'), 60))).toBe(
      '2026-01-19T09:30:00.000Z',
    );
  });

  it('moves a due time that falls on a bank holiday to the next working morning', () => {
    // Fri 1 May 2026 16:30 BST + 90 minutes: Sat, Sun and the May bank holiday are skipped.
    expect(iso(addBusinessMinutes(serviceOps, at('2026-05-01T15:30:00Z'), 90))).toBe(
      '2026-05-05T08:30:00.000Z',
    );
  });

  it('counts ten business days as two full working weeks', () => {
    expect(iso(addBusinessMinutes(serviceOps, at('2026-01-12T09:00:00Z'), 10 * 510))).toBe(
      '2026-01-23T17:30:00.000Z',
    );
  });

  it('uses the longer payments-ops day', () => {
    const payments = calendarForQueue('payments-ops');
    expect(iso(addBusinessMinutes(payments, at('2026-01-12T08:00:00Z'), 600))).toBe(
      '2026-01-12T18:00:00.000Z',
    );
  });

  it('refuses negative minutes', () => {
    expect(() => addBusinessMinutes(serviceOps, at('2026-01-12T10:00:00Z'), -1)).toThrow(
      RangeError,
    );
  });
});

describe('businessMinutesBetween', () => {
  it('is 0 when the end is not after the start', () => {
    const t = at('2026-01-12T10:00:00Z');
    expect(businessMinutesBetween(serviceOps, t, t)).toBe(0);
    expect(businessMinutesBetween(serviceOps, t, at('2026-01-12T09:00:00Z'))).toBe(0);
  });

  it('counts a whole week as five working days', () => {
    expect(
      businessMinutesBetween(serviceOps, at('2026-01-10T00:00:00Z'), at('2026-01-17T00:00:00Z')),
    ).toBe(5 * 510);
  });

  it('leaves out bank holidays', () => {
    // 21–27 Dec 2026: Christmas Day (Fri) is a holiday.
    expect(
      businessMinutesBetween(serviceOps, at('2026-12-21T00:00:00Z'), at('2026-12-28T00:00:00Z')),
    ).toBe(4 * 510);
  });

  it('counts part days at either end and rounds down to whole minutes', () => {
    expect(
      businessMinutesBetween(serviceOps, at('2026-01-12T16:00:00Z'), at('2026-01-13T10:00:59Z')),
    ).toBe(90 + 60);
  });

  it('is the inverse of addBusinessMinutes (deterministic property loop)', () => {
    // A small linear congruential generator keeps the inputs random-looking but repeatable.
    let seed = 20260329;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const yearStart = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 500; i++) {
      const start = new Date(yearStart + next(365 * 24 * 60) * 60_000);
      const minutes = 1 + next(20 * 510);
      const due = addBusinessMinutes(serviceOps, start, minutes);
      expect(businessMinutesBetween(serviceOps, start, due), `${iso(start)} + ${minutes}`).toBe(
        minutes,
      );
      const end = new Date(start.getTime() + next(30 * 24 * 60) * 60_000);
      if (isWorkingTime(serviceOps, end)) {
        // An end at an opening comes back as the close before it (same working minutes).
        const back = addBusinessMinutes(
          serviceOps,
          start,
          businessMinutesBetween(serviceOps, start, end),
        );
        expect(iso(nextWorkingTime(serviceOps, back)), `${iso(start)} → ${iso(end)}`).toBe(
          iso(end),
        );
      }
    }
  });
});

describe('addTarget and elapsedAgainst', () => {
  const friday = at('2026-01-16T17:00:00Z');
  const monday = at('2026-01-19T10:00:00Z');

  it('counts only working minutes for a business target', () => {
    expect(elapsedAgainst(serviceOps, friday, monday, 'business')).toBe(30 + 60);
    expect(iso(addTarget(serviceOps, friday, { minutes: 90, basis: 'business' }))).toBe(
      iso(monday),
    );
  });

  it('counts every minute for a calendar target', () => {
    expect(elapsedAgainst(serviceOps, friday, monday, 'calendar')).toBe(65 * 60);
    expect(iso(addTarget(serviceOps, friday, { minutes: 65 * 60, basis: 'calendar' }))).toBe(
      iso(monday),
    );
  });
});
