import { BusinessCalendarSchema, type BusinessCalendar } from './business-calendar';

/**
 * England & Wales bank holidays (gov.uk). Only 2026 and 2027 are listed: after 2027 the
 * calendars have no holidays until someone extends this list, so due dates then would land
 * on bank holidays.
 */
export const englandAndWalesBankHolidays: readonly string[] = [
  '2026-01-01',
  '2026-04-03', // Good Friday
  '2026-04-06', // Easter Monday
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28', // Boxing Day substitute (26 Dec is a Saturday)
  '2027-01-01',
  '2027-03-26', // Good Friday
  '2027-03-29', // Easter Monday
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27', // Christmas Day substitute (25 Dec is a Saturday)
  '2027-12-28', // Boxing Day substitute (26 Dec is a Sunday)
];

/**
 * A London back-office calendar, Monday to Friday. Note that `businessDays(n)` in
 * case-types.ts counts a business day as 8 hours, while these days are 8.5 (or, for
 * payments-ops, 10) hours long, so an "n business day" target is due a little before the
 * end of the n-th working day. That errs on the side of the customer, and is accepted.
 */
function londonWeekdays(id: string, label: string, opens = '09:00', closes = '17:30') {
  return BusinessCalendarSchema.parse({
    id,
    label,
    timeZone: 'Europe/London',
    workingDays: [1, 2, 3, 4, 5],
    opens,
    closes,
    holidays: [...englandAndWalesBankHolidays],
  });
}

/** The calendar each queue's SLA clocks count business time in. */
export const defaultCalendars: readonly BusinessCalendar[] = [
  londonWeekdays('service-ops', 'Service operations'),
  // Payments operations covers the full payment-scheme day.
  londonWeekdays('payments-ops', 'Payments operations', '08:00', '18:00'),
  londonWeekdays('complaints', 'Complaints'),
  londonWeekdays('kyc-documents', 'KYC and documents'),
  londonWeekdays('approvals', 'Approvals'),
];

const fallbackCalendarId = 'service-ops';

/** The calendar for a queue; queues without their own calendar use service-ops hours. */
export function calendarForQueue(queue: string): BusinessCalendar {
  const found =
    defaultCalendars.find((c) => c.id === queue) ??
    defaultCalendars.find((c) => c.id === fallbackCalendarId);
  if (!found) throw new Error(`No ${fallbackCalendarId} calendar to fall back on`);
  return found;
}
