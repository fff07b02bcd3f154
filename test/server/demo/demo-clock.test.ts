import { describe, expect, it } from 'vitest';
import { businessMinutesBetween } from '../../../shared/sla/business-calendar';
import { calendarForQueue } from '../../../shared/sla/calendars';
import {
  businessMinutesBefore,
  expiryOf,
  instantOf,
  workingDayMinutes,
} from '../../../server/demo/demo-clock';

const serviceOps = calendarForQueue('service-ops');
const payments = calendarForQueue('payments-ops');

describe('demo clock', () => {
  it('counts back to the same wall-clock time when now is in working hours', () => {
    // Wednesday 25 November 2026, 11:00 in London (GMT).
    const now = new Date('2026-11-25T11:00:00Z');
    expect(businessMinutesBefore(serviceOps, now, 2 * 510).toISOString()).toBe(
      '2026-11-23T11:00:00.000Z',
    );
    expect(businessMinutesBefore(serviceOps, now, 90).toISOString()).toBe(
      '2026-11-25T09:30:00.000Z',
    );
  });

  it('counts whole days back from a weekend to an opening time, skipping bank holidays', () => {
    const sunday = new Date('2026-11-22T15:00:00Z');
    expect(businessMinutesBefore(serviceOps, sunday, 510).toISOString()).toBe(
      '2026-11-20T09:00:00.000Z',
    );
    // Monday 28 December 2026 is a bank holiday; Christmas Day is another.
    const tuesday = new Date('2026-12-29T09:00:00Z');
    expect(businessMinutesBefore(serviceOps, tuesday, 60).toISOString()).toBe(
      '2026-12-24T16:30:00.000Z',
    );
  });

  it('leaves exactly the asked working time between the answer and now, across a DST change', () => {
    const nows = [
      '2027-03-29T07:59:00Z',
      '2027-03-28T12:00:00Z',
      '2027-10-31T01:30:00Z',
      '2026-11-21T23:56:00Z',
      '2026-11-24T13:41:27Z',
    ];
    for (const iso of nows) {
      const now = new Date(iso);
      for (const cal of [serviceOps, payments]) {
        for (const minutes of [1, 30, 240, 509, 510, 511, 1785, 7140, 12_000]) {
          const start = businessMinutesBefore(cal, now, minutes);
          expect(start.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(businessMinutesBetween(cal, start, now), `${iso} ${cal.id} ${minutes}`).toBe(
            minutes,
          );
        }
      }
    }
  });

  it('answers now itself for no time, and refuses a negative count', () => {
    const now = new Date('2026-11-22T15:00:00Z');
    expect(businessMinutesBefore(serviceOps, now, 0)).toEqual(now);
    expect(() => businessMinutesBefore(serviceOps, now, -1)).toThrow(RangeError);
  });

  it('reads business days in the calendar’s own day length, and hours later within them', () => {
    expect(workingDayMinutes(serviceOps)).toBe(510);
    expect(workingDayMinutes(payments)).toBe(600);
    const now = new Date('2026-11-21T23:56:00Z');
    expect(instantOf({ businessDaysAgo: 5 }, payments, now).toISOString()).toBe(
      '2026-11-16T08:00:00.000Z',
    );
    expect(instantOf({ businessDaysAgo: 5, hoursLater: 1.5 }, payments, now).toISOString()).toBe(
      '2026-11-16T09:30:00.000Z',
    );
    expect(instantOf({ businessHoursAgo: 1 }, serviceOps, now).toISOString()).toBe(
      '2026-11-20T16:30:00.000Z',
    );
    expect(expiryOf({ daysFromNow: 2 }, serviceOps, now).toISOString()).toBe(
      '2026-11-23T23:56:00.000Z',
    );
  });
});
