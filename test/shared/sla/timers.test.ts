import { describe, expect, it } from 'vitest';
import {
  accountMaintenance,
  clocks,
  complaint,
  complaints,
  timer,
  type Steps,
} from './timer-fixtures';

describe('triage clock', () => {
  it('runs while the case is new and is due 4 business hours after creation', () => {
    const t = timer(clocks([['new', '2026-01-12T09:00:00Z']], '2026-01-12T11:00:00Z'), 'triage');
    expect(t).toMatchObject({ state: 'on_track', elapsedMinutes: 120, remainingMinutes: 120 });
    expect(t).toMatchObject({ running: true, paused: false, stoppedAt: null });
    expect(t.dueAt).toBe('2026-01-12T13:00:00.000Z');
  });

  it('keeps running through the triage stage and stops when work starts', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['triage', '2026-01-12T09:30:00Z'],
      ['in_progress', '2026-01-12T10:00:00Z'],
    ];
    const t = timer(clocks(steps, '2026-01-13T12:00:00Z'), 'triage');
    expect(t).toMatchObject({ elapsedMinutes: 60, running: false, dueAt: null });
    expect(t.stoppedAt).toBe('2026-01-12T10:00:00.000Z');
  });

  it('stays breached after it stops if work started too late', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['in_progress', '2026-01-12T14:00:00Z'],
    ];
    const t = timer(clocks(steps, '2026-01-20T12:00:00Z'), 'triage');
    expect(t).toMatchObject({ state: 'breached', elapsedMinutes: 300, remainingMinutes: -60 });
  });

  it('turns at risk at 75% of the target and not a minute before', () => {
    const at = (now: string) => timer(clocks([['new', '2026-01-12T09:00:00Z']], now), 'triage');
    expect(at('2026-01-12T11:59:59Z')).toMatchObject({ elapsedMinutes: 179, state: 'on_track' });
    expect(at('2026-01-12T12:00:00Z')).toMatchObject({ elapsedMinutes: 180, state: 'at_risk' });
    expect(at('2026-01-12T13:00:00Z')).toMatchObject({ elapsedMinutes: 240, state: 'at_risk' });
    expect(at('2026-01-12T13:01:00Z')).toMatchObject({ elapsedMinutes: 241, state: 'breached' });
  });

  it('counts only business minutes and rounds down to whole minutes', () => {
    // Created Fri 16:00; by Mon 10:00:59 that is 90 + 60 business minutes.
    const t = timer(clocks([['new', '2026-01-16T16:00:00Z']], '2026-01-19T10:00:59Z'), 'triage');
    expect(t.elapsedMinutes).toBe(150);
  });

  it('puts the due time on the next working day when the target runs past closing', () => {
    const t = timer(clocks([['new', '2026-01-16T16:00:00Z']], '2026-01-16T16:30:00Z'), 'triage');
    // 60 minutes left on Friday, the other 150 from Monday 09:00.
    expect(t.dueAt).toBe('2026-01-19T11:30:00.000Z');
  });

  it('gives a breached running clock the past instant its target was reached', () => {
    const t = timer(clocks([['new', '2026-01-12T09:00:00Z']], '2026-01-12T15:00:00Z'), 'triage');
    expect(t).toMatchObject({ state: 'breached', remainingMinutes: -120, running: true });
    expect(t.dueAt).toBe('2026-01-12T13:00:00.000Z');
  });
});

describe('acknowledgement clock', () => {
  const complaintClocks = (steps: Steps, now: string, ack?: string) =>
    clocks(steps, now, { policy: complaint, calendar: complaints, acknowledgedAt: ack ?? null });

  it('is only listed for policies that have one', () => {
    const names = clocks([['new', '2026-01-12T09:00:00Z']], '2026-01-12T10:00:00Z').timers.map(
      (t) => t.timer,
    );
    expect(names).toEqual(['triage', 'resolution', 'waiting_customer', 'waiting_internal']);
  });

  it('runs from creation for one business day until acknowledged', () => {
    const t = timer(
      complaintClocks([['new', '2026-01-12T09:00:00Z']], '2026-01-12T10:00:00Z'),
      'acknowledgement',
    );
    expect(t).toMatchObject({ running: true, elapsedMinutes: 60, targetMinutes: 480 });
    expect(t.dueAt).toBe('2026-01-12T17:00:00.000Z');
  });

  it('stops when the complaint is acknowledged', () => {
    const t = timer(
      complaintClocks(
        [['new', '2026-01-12T09:00:00Z']],
        '2026-01-13T10:00:00Z',
        '2026-01-12T11:00:00Z',
      ),
      'acknowledgement',
    );
    expect(t).toMatchObject({ running: false, elapsedMinutes: 120, dueAt: null });
    expect(t.stoppedAt).toBe('2026-01-12T11:00:00.000Z');
  });

  it('stops when the complaint first leaves new, if that comes before acknowledgement', () => {
    const t = timer(
      complaintClocks(
        [
          ['new', '2026-01-12T09:00:00Z'],
          ['triage', '2026-01-12T10:00:00Z'],
        ],
        '2026-01-13T10:00:00Z',
        '2026-01-12T11:00:00Z',
      ),
      'acknowledgement',
    );
    expect(t).toMatchObject({ running: false, elapsedMinutes: 60 });
    expect(t.stoppedAt).toBe('2026-01-12T10:00:00.000Z');
  });
});

describe('resolution and final-response clocks', () => {
  const waitingOnCustomer: Steps = [
    ['new', '2026-01-12T09:00:00Z'],
    ['in_progress', '2026-01-12T10:00:00Z'],
    ['waiting_customer', '2026-01-12T12:00:00Z'],
  ];

  it('pauses resolution while waiting on the customer when the policy says so', () => {
    const t = timer(clocks(waitingOnCustomer, '2026-01-13T12:00:00Z'), 'resolution');
    expect(t).toMatchObject({ elapsedMinutes: 180, running: false, paused: true });
    expect(t).toMatchObject({ dueAt: null, stoppedAt: null });
  });

  it('keeps resolution running while waiting on the customer when the policy does not pause', () => {
    const policy = { ...accountMaintenance, pauseResolutionWhileWaitingCustomer: false };
    const t = timer(clocks(waitingOnCustomer, '2026-01-13T12:00:00Z', { policy }), 'resolution');
    // 09:00–17:30 Monday plus 09:00–12:00 Tuesday.
    expect(t).toMatchObject({ elapsedMinutes: 690, running: true, paused: false });
  });

  it('keeps resolution running while waiting on another team', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['waiting_internal', '2026-01-12T12:00:00Z'],
    ];
    expect(timer(clocks(steps, '2026-01-13T12:00:00Z'), 'resolution')).toMatchObject({
      elapsedMinutes: 690,
      running: true,
    });
  });

  it('keeps the complaint final-response clock running while resolution is paused', () => {
    const policy = { ...complaint, pauseResolutionWhileWaitingCustomer: true };
    const result = clocks(waitingOnCustomer, '2026-01-13T12:00:00Z', {
      policy,
      calendar: complaints,
    });
    expect(timer(result, 'resolution')).toMatchObject({ paused: true, elapsedMinutes: 3 * 60 });
    const finalResponse = timer(result, 'final_response');
    expect(finalResponse).toMatchObject({ running: true, paused: false, basis: 'calendar' });
    expect(finalResponse.elapsedMinutes).toBe(27 * 60);
    expect(finalResponse.dueAt).toBe('2026-03-09T09:00:00.000Z'); // 56 days after creation
  });

  it('stops resolution when the case is resolved, and stays stopped once closed', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['in_progress', '2026-01-12T09:30:00Z'],
      ['resolved', '2026-01-12T13:00:00Z'],
      ['closed', '2026-01-14T09:00:00Z'],
    ];
    const t = timer(clocks(steps, '2026-01-20T09:00:00Z'), 'resolution');
    expect(t).toMatchObject({ elapsedMinutes: 240, running: false, paused: false, dueAt: null });
    expect(t.stoppedAt).toBe('2026-01-12T13:00:00.000Z');
  });

  it('resumes resolution from where it stopped when the case is reopened', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['in_progress', '2026-01-12T09:30:00Z'],
      ['resolved', '2026-01-12T13:00:00Z'],
      ['in_progress', '2026-01-14T09:00:00Z'],
    ];
    const t = timer(clocks(steps, '2026-01-14T10:00:00Z'), 'resolution');
    expect(t).toMatchObject({ elapsedMinutes: 240 + 60, running: true, stoppedAt: null });
    // 2100 minutes left from Wed 10:00: 450 + 510 + 510 + 510 takes us to Tue 20 Jan 11:00.
    expect(t.dueAt).toBe('2026-01-20T11:00:00.000Z');
  });

  it('resumes the complaint final-response clock after a reopen, counting every minute', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['resolved', '2026-01-13T09:00:00Z'],
      ['in_progress', '2026-01-15T09:00:00Z'],
    ];
    const result = clocks(steps, '2026-01-15T10:00:00Z', {
      policy: complaint,
      calendar: complaints,
    });
    expect(timer(result, 'final_response')).toMatchObject({ elapsedMinutes: 25 * 60 });
    // Two resolved days do not count, so it falls due two days later than 56 days on.
    expect(timer(result, 'final_response').dueAt).toBe('2026-03-11T09:00:00.000Z');
  });
});
