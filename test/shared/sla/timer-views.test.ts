import { describe, expect, it } from 'vitest';
import { CaseClocksSchema, computeClocks, intervalsFromChanges } from '../../../shared/sla/timers';
import {
  accountMaintenance,
  clocks,
  complaint,
  complaints,
  serviceOps,
  timer,
  type Steps,
} from './timer-fixtures';

describe('waiting clocks', () => {
  it('lists both waiting clocks, idle, for a case that never waited', () => {
    const result = clocks([['new', '2026-01-12T09:00:00Z']], '2026-01-12T10:00:00Z');
    for (const name of ['waiting_customer', 'waiting_internal'] as const) {
      expect(timer(result, name)).toMatchObject({
        state: 'on_track',
        elapsedMinutes: 0,
        running: false,
        paused: false,
        dueAt: null,
        stoppedAt: null,
      });
    }
  });

  it('measures only the current stint in a stage the case has been in before', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['waiting_customer', '2026-01-12T10:00:00Z'],
      ['in_progress', '2026-01-12T12:00:00Z'],
      ['waiting_customer', '2026-01-13T09:00:00Z'],
    ];
    const t = timer(clocks(steps, '2026-01-13T10:00:00Z'), 'waiting_customer');
    expect(t).toMatchObject({ elapsedMinutes: 60, running: true, targetMinutes: 4800 });
    // 4800 minutes from Tue 09:00 is nine 510-minute days and 210 minutes: Mon 26 Jan 12:30.
    // (case-types counts a business day as 8 hours, shorter than this 8.5-hour calendar day.)
    expect(t.dueAt).toBe('2026-01-26T12:30:00.000Z');
  });

  it('stops a waiting clock when the stint ends and keeps that stint’s figures', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['waiting_internal', '2026-01-12T10:00:00Z'],
      ['in_progress', '2026-01-13T12:00:00Z'],
    ];
    const t = timer(clocks(steps, '2026-01-14T12:00:00Z'), 'waiting_internal');
    expect(t).toMatchObject({ elapsedMinutes: 450 + 180, running: false, dueAt: null });
    expect(t.stoppedAt).toBe('2026-01-13T12:00:00.000Z');
  });

  it('breaches a waiting-internal clock after two business days on another team', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['waiting_internal', '2026-01-12T09:00:00Z'],
    ];
    const t = timer(clocks(steps, '2026-01-14T12:00:00Z'), 'waiting_internal');
    expect(t).toMatchObject({ state: 'breached', elapsedMinutes: 1200, remainingMinutes: -240 });
    // 960 minutes: all of Monday (510) and 450 of Tuesday.
    expect(t.dueAt).toBe('2026-01-13T16:30:00.000Z');
  });
});

describe('case-level figures', () => {
  it('reports the worst state across the clocks still running', () => {
    const steps: Steps = [['new', '2026-01-12T09:00:00Z']];
    const result = clocks(steps, '2026-01-12T12:30:00Z');
    expect(timer(result, 'triage')).toMatchObject({ running: true, state: 'at_risk' });
    expect(timer(result, 'resolution').state).toBe('on_track');
    expect(result.worstState).toBe('at_risk');
    expect(clocks(steps, '2026-01-12T10:00:00Z').worstState).toBe('on_track');
  });

  it('keeps a stopped clock’s breach on its own timer but not in the case’s current state', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['in_progress', '2026-01-12T14:00:00Z'],
    ];
    const result = clocks(steps, '2026-01-12T15:00:00Z');
    expect(timer(result, 'triage')).toMatchObject({ running: false, state: 'breached' });
    expect(result.worstState).toBe('on_track');
  });

  it('keeps a breached resolution clock in the worst state while it is paused', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['in_progress', '2026-01-12T09:00:00Z'],
      ['waiting_customer', '2026-01-19T12:00:00Z'],
    ];
    const result = clocks(steps, '2026-01-19T13:00:00Z');
    expect(timer(result, 'resolution')).toMatchObject({ paused: true, state: 'breached' });
    expect(result.worstState).toBe('breached');
  });

  it('ages the case and its stage in calendar minutes', () => {
    const steps: Steps = [
      ['new', '2026-01-16T16:00:00Z'],
      ['in_progress', '2026-01-19T09:00:00Z'],
    ];
    const result = clocks(steps, '2026-01-19T10:00:30Z');
    expect(result.ageMinutes).toBe(66 * 60);
    expect(result.stageAgeMinutes).toBe(60);
    expect(result.stageEnteredAt).toBe('2026-01-19T09:00:00.000Z');
  });

  it('stops every clock and the case age once the case is closed', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['in_progress', '2026-01-12T10:00:00Z'],
      ['resolved', '2026-01-12T12:00:00Z'],
      ['closed', '2026-01-13T09:00:00Z'],
    ];
    const result = clocks(steps, '2026-01-20T09:00:00Z', {
      policy: complaint,
      calendar: complaints,
      acknowledgedAt: '2026-01-12T09:30:00Z',
    });
    expect(result.timers.filter((t) => t.running || t.paused)).toEqual([]);
    expect(result.ageMinutes).toBe(24 * 60);
    expect(result.stageEnteredAt).toBe('2026-01-13T09:00:00.000Z');
  });

  it('runs no clock once the history is finished with an end time', () => {
    const result = computeClocks({
      policy: accountMaintenance,
      calendar: serviceOps,
      history: [
        { stage: 'new', from: '2026-01-12T09:00:00Z', to: '2026-01-12T10:00:00Z' },
        { stage: 'in_progress', from: '2026-01-12T10:00:00Z', to: '2026-01-12T11:00:00Z' },
      ],
      now: new Date('2026-01-13T09:00:00Z'),
    });
    expect(result.timers.filter((t) => t.running || t.paused)).toEqual([]);
    expect(timer(result, 'resolution')).toMatchObject({
      elapsedMinutes: 120,
      stoppedAt: '2026-01-12T11:00:00.000Z',
    });
    expect(result.ageMinutes).toBe(120);
  });

  it('produces clocks that pass their own schema, so they can cross the wire', () => {
    const steps: Steps = [
      ['new', '2026-01-12T09:00:00Z'],
      ['waiting_customer', '2026-01-12T10:00:00Z'],
    ];
    const result = clocks(steps, '2026-01-13T10:00:00Z', { policy: complaint });
    expect(CaseClocksSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('refuses an empty history and unreadable instants', () => {
    const input = { policy: accountMaintenance, calendar: serviceOps, now: new Date() };
    expect(() => computeClocks({ ...input, history: [] })).toThrow(RangeError);
    expect(() =>
      computeClocks({ ...input, history: [{ stage: 'new', from: 'yesterday', to: null }] }),
    ).toThrow(RangeError);
  });
});

describe('intervalsFromChanges', () => {
  it('turns recorded stage changes into contiguous intervals starting at creation', () => {
    const intervals = intervalsFromChanges('2026-01-12T09:00:00Z', [
      { toStage: 'waiting_customer', at: '2026-01-12T11:00:00Z' },
      { toStage: 'in_progress', at: '2026-01-12T10:00:00Z' },
    ]);
    expect(intervals).toEqual([
      { stage: 'new', from: '2026-01-12T09:00:00Z', to: '2026-01-12T10:00:00Z' },
      { stage: 'in_progress', from: '2026-01-12T10:00:00Z', to: '2026-01-12T11:00:00Z' },
      { stage: 'waiting_customer', from: '2026-01-12T11:00:00Z', to: null },
    ]);
  });

  it('gives the same clocks whether or not creation itself was recorded as a change', () => {
    const input = {
      policy: accountMaintenance,
      calendar: serviceOps,
      now: new Date('2026-01-12T12:00:00Z'),
    };
    const changes = [{ toStage: 'in_progress' as const, at: '2026-01-12T10:00:00Z' }];
    const plain = computeClocks({
      ...input,
      history: intervalsFromChanges('2026-01-12T09:00:00Z', changes),
    });
    const recorded = computeClocks({
      ...input,
      history: intervalsFromChanges('2026-01-12T09:00:00Z', [
        { toStage: 'new', at: '2026-01-12T09:00:00Z' },
        ...changes,
      ]),
    });
    expect(recorded).toEqual(plain);
  });
});
