import { describe, expect, it } from 'vitest';
import { meetingDayOf, resolveDueDate } from '../../../../server/intake/meeting-notes/due-dates';

// Tuesday 17 November 2026, 14:00 in London.
const tuesday = meetingDayOf('2026-11-17T14:00:00Z');
const due = (text: string) => resolveDueDate(text, tuesday).dueDate;

describe('resolveDueDate', () => {
  it.each([
    ['We will send the revised mandate by Friday', '2026-11-20'],
    ['Call back tomorrow', '2026-11-18'],
    ['Send the pack by end of day', '2026-11-17'],
    ['Circulate the minutes this week', '2026-11-20'],
    ['Come back to them next week', '2026-11-27'],
    ['Book the call early next week', '2026-11-23'],
    ['Rahul to call next Monday', '2026-11-23'],
    ['Issue the offer by end of month', '2026-11-30'],
    ['Confirm the figures by the end of next month', '2026-12-31'],
    ['Refund the fee within 5 working days', '2026-11-24'],
    ['Reply within 10 days', '2026-11-27'],
    ['Deliver the valuation in two weeks', '2026-12-01'],
    ['Charles to send his P60 by 3 March', '2027-03-03'],
    ['Return the signed form by 24th November', '2026-11-24'],
    ['Sign by Friday 27 November', '2026-11-27'],
    ['File the return by 19/12/2026', '2026-12-19'],
    ['Complete the review by mid-December', '2026-12-15'],
    ['Finish by quarter end', '2026-12-31'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it('counts working days past weekends and bank holidays', () => {
    // Wednesday 23 December: 25 and 28 December are bank holidays.
    const day = meetingDayOf('2026-12-23T10:00:00Z');
    expect(resolveDueDate('within 3 working days', day).dueDate).toBe('2026-12-30');
  });

  it('takes "by Friday" said on a Friday as the next Friday', () => {
    const friday = meetingDayOf('2026-11-20T09:00:00Z');
    expect(resolveDueDate('by Friday', friday).dueDate).toBe('2026-11-27');
  });

  it('uses the London day, not the UTC day, of a late-evening meeting', () => {
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST).
    const day = meetingDayOf('2026-05-31T23:30:00Z');
    expect(resolveDueDate('tomorrow', day).dueDate).toBe('2026-06-02');
  });

  it('leaves vague or passing dates without a due date', () => {
    expect(due('We will send it as soon as possible')).toBeNull();
    expect(due('The fixed rate ends in January')).toBeNull();
    expect(due('The report to 31 October went out last week')).toBeNull();
  });

  it('keeps the words that gave the date', () => {
    expect(resolveDueDate('Send the pack by Friday please', tuesday).dueText).toBe('by Friday');
  });
});
