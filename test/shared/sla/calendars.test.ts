import { describe, expect, it } from 'vitest';
import { caseTypeDefinitions } from '../../../shared/cases/case-types';
import {
  addTarget,
  BusinessCalendarSchema,
  isWorkingTime,
} from '../../../shared/sla/business-calendar';
import {
  calendarForQueue,
  defaultCalendars,
  englandAndWalesBankHolidays,
} from '../../../shared/sla/calendars';

describe('default calendars', () => {
  it('gives every case type’s queue its own calendar', () => {
    for (const definition of caseTypeDefinitions) {
      expect(calendarForQueue(definition.queue).id).toBe(definition.queue);
    }
    expect(defaultCalendars.map((c) => c.id).sort()).toEqual([
      'approvals',
      'complaints',
      'kyc-documents',
      'payments-ops',
      'service-ops',
    ]);
  });

  it('falls back to service-ops hours for a queue without a calendar', () => {
    expect(calendarForQueue('no-such-queue').id).toBe('service-ops');
  });

  it('are all valid London weekday calendars', () => {
    for (const calendar of defaultCalendars) {
      expect(BusinessCalendarSchema.parse(calendar)).toEqual(calendar);
      expect(calendar.timeZone).toBe('Europe/London');
      expect(calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('opens payments-ops 08:00–18:00 and the others 09:00–17:30', () => {
    expect(calendarForQueue('payments-ops')).toMatchObject({ opens: '08:00', closes: '18:00' });
    expect(calendarForQueue('complaints')).toMatchObject({ opens: '09:00', closes: '17:30' });
  });

  it('lists the 2026 and 2027 England & Wales bank holidays, all on weekdays', () => {
    expect(englandAndWalesBankHolidays).toHaveLength(16);
    for (const date of englandAndWalesBankHolidays) {
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      expect(weekday, date).not.toBe(0);
      expect(weekday, date).not.toBe(6);
      // Noon London time is never working time on a bank holiday.
      expect(isWorkingTime(calendarForQueue('complaints'), new Date(`${date}T11:30:00Z`))).toBe(
        false,
      );
    }
  });

  it('treats an 8-hour business day target as due half an hour before a 17:30 close', () => {
    const due = addTarget(calendarForQueue('service-ops'), new Date('2026-01-12T09:00:00Z'), {
      minutes: 8 * 60,
      basis: 'business',
    });
    expect(due.toISOString()).toBe('2026-01-12T17:00:00.000Z');
  });
});
