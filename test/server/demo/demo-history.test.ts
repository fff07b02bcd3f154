import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../../shared/cases/case-types';
import { canTransition, finishedStages, isReopen } from '../../../shared/cases/lifecycle';
import { checkResolutionNote } from '../../../shared/cases/resolution-note';
import { calendarForQueue } from '../../../shared/sla/calendars';
import { computeClocks, intervalsFromChanges, type TimerState } from '../../../shared/sla/timers';
import { caseHistory, expiryOf, instantOf } from '../../../server/demo/demo-clock';
import { demoData } from '../../../server/demo/demo-data';
import type { DemoCase } from '../../../server/demo/demo-data.types';
import type { DemoApproval } from '../../../server/demo/demo-work.types';

const { cases, users } = demoData;
const userIds = new Set(users.map((u) => u.id));
const rolesOf = (id: string) => users.find((u) => u.id === id)?.roles ?? [];

// Weekday mornings and evenings, weekends, bank holidays and both DST changes.
const sampleNows = [
  '2026-11-21T23:56:00Z',
  '2026-11-23T08:59:00Z',
  '2026-11-25T11:17:00Z',
  '2026-12-28T10:00:00Z',
  '2027-01-04T09:10:00Z',
  '2027-03-28T12:00:00Z',
  '2027-03-29T16:45:00Z',
  '2027-10-31T01:30:00Z',
].map((iso) => new Date(iso));

function worstStateOf(seedCase: DemoCase, now: Date): TimerState {
  const { createdAt, steps } = caseHistory(seedCase, now);
  return computeClocks({
    policy: caseTypeDefinition(seedCase.type).sla,
    calendar: calendarForQueue(seedCase.queue),
    history: intervalsFromChanges(
      createdAt.toISOString(),
      steps.map((s) => ({ toStage: s.stage, at: s.at.toISOString() })),
    ),
    now,
  }).worstState;
}

const isOpen = (seedCase: DemoCase) => !finishedStages.includes(seedCase.stage);
const approvalsOf = (seedCase: DemoCase): DemoApproval[] => seedCase.approvals ?? [];

describe('demo case histories', () => {
  it('moves every case along the lifecycle from new, ending in its stage', () => {
    for (const seedCase of cases) {
      let stage: Stage = 'new';
      for (const step of seedCase.steps) {
        expect(canTransition(stage, step.stage), `${seedCase.id}: ${stage} → ${step.stage}`).toBe(
          true,
        );
        expect(userIds.has(step.actor), seedCase.id).toBe(true);
        stage = step.stage;
      }
      expect(stage, seedCase.id).toBe(seedCase.stage);
    }
  });

  it('says why for every wait and reopening, and on whom for an internal wait', () => {
    for (const { id, steps } of cases) {
      let stage: Stage = 'new';
      for (const step of steps) {
        if (step.stage === 'waiting_customer' || step.stage === 'waiting_internal') {
          expect(step.reason, id).toBeTruthy();
        }
        if (step.stage === 'waiting_internal') expect(step.waitingOn, id).toBeTruthy();
        if (isReopen(stage, step.stage)) expect(step.reason, id).toBeTruthy();
        stage = step.stage;
      }
    }
  });

  it('reopens exactly one case, once', () => {
    const reopened = cases.filter((c) => {
      const stages: Stage[] = ['new', ...c.steps.map((s) => s.stage)];
      return stages.some((to, i) => i > 0 && isReopen(stages[i - 1] ?? 'new', to));
    });
    expect(reopened.map((c) => c.id)).toEqual(['cs-014']);
  });

  it('places every event in order and before now, whatever day the demo starts', () => {
    for (const now of sampleNows) {
      for (const seedCase of cases) {
        const at = (when: Parameters<typeof instantOf>[0]) =>
          instantOf(when, calendarForQueue(seedCase.queue), now).getTime();
        const { createdAt, steps } = caseHistory(seedCase, now);
        const times = [createdAt.getTime(), ...steps.map((s) => s.at.getTime())];
        const label = `${seedCase.id} at ${now.toISOString()}`;
        times.slice(1).forEach((t, i) => expect(t, label).toBeGreaterThan(times[i] ?? Infinity));
        expect(times.at(-1) ?? 0, label).toBeLessThanOrEqual(now.getTime());
        const last = times.at(-1) ?? 0;
        for (const item of seedCase.evidence ?? []) {
          expect(at(item), label).toBeGreaterThanOrEqual(createdAt.getTime());
          if (!isOpen(seedCase)) expect(at(item), label).toBeLessThanOrEqual(last);
        }
      }
    }
  });

  it('gives each open case the same SLA state on any day, and all three states between them', () => {
    const open = cases.filter(isOpen);
    const states = new Map(open.map((c) => [c.id, worstStateOf(c, sampleNows[0] ?? new Date())]));
    for (const now of [...sampleNows, new Date()]) {
      for (const seedCase of open) {
        expect(worstStateOf(seedCase, now), `${seedCase.id} at ${now.toISOString()}`).toBe(
          states.get(seedCase.id),
        );
      }
    }
    expect(new Set(states.values())).toEqual(new Set(['on_track', 'at_risk', 'breached']));
  });

  it('records a closure that passes review on every case that was resolved or closed, and only those', () => {
    for (const seedCase of cases) {
      const finished = seedCase.steps.some((s) => finishedStages.includes(s.stage));
      expect(seedCase.closure !== undefined, seedCase.id).toBe(finished);
      const closure = seedCase.closure;
      if (!closure) continue;
      const definition = caseTypeDefinition(seedCase.type);
      expect(
        definition.closeReasons.map((r) => r.key),
        seedCase.id,
      ).toContain(closure.reason);
      expect(checkResolutionNote(closure.summary), seedCase.id).toEqual({ ok: true });
      if (definition.rootCauseRequired) expect(closure.rootCause, seedCase.id).toBeTruthy();
      if (definition.customerResponseRequired) {
        expect(closure.customerResponse, seedCase.id).toBeTruthy();
      }
    }
  });

  it('files evidence against its case type’s checklist, email evidence only on email cases', () => {
    for (const seedCase of cases) {
      const keys = caseTypeDefinition(seedCase.type).evidence.map((e) => e.key);
      for (const item of seedCase.evidence ?? []) {
        if (item.checklistKey) expect(keys, seedCase.id).toContain(item.checklistKey);
        if (item.kind === 'email') expect(seedCase.sourceMessageId, seedCase.id).not.toBeNull();
        expect(userIds.has(item.by), seedCase.id).toBe(true);
      }
    }
  });

  it('asks only for approvals its case type takes, with the amount and expiry they need', () => {
    for (const seedCase of cases) {
      for (const approval of approvalsOf(seedCase)) {
        const rule = caseTypeDefinition(seedCase.type).approvals.find(
          (r) => r.kind === approval.kind,
        );
        expect(rule, approval.id).toBeDefined();
        if (rule?.when === 'above_threshold') expect(approval.amount, approval.id).toBeDefined();
        if (rule?.expiryRequired) expect(approval.expires, approval.id).toBeDefined();
        if (approval.amount !== undefined) expect(approval.amount).toMatch(/^\d+\.\d{2}$/);
      }
    }
  });

  it('has each approval decided by someone other than its requester, holding the approver role', () => {
    for (const seedCase of cases) {
      for (const approval of approvalsOf(seedCase)) {
        const rule = caseTypeDefinition(seedCase.type).approvals.find(
          (r) => r.kind === approval.kind,
        );
        expect(userIds.has(approval.requestedBy), approval.id).toBe(true);
        const { outcome } = approval;
        if (outcome.status !== 'approved' && outcome.status !== 'rejected') continue;
        expect(outcome.by, approval.id).not.toBe(approval.requestedBy);
        expect(rolesOf(outcome.by), approval.id).toContain(rule?.approverRole);
      }
    }
  });

  it('holds the case in pending_approval while an approval is pending, and releases it after', () => {
    const now = sampleNows[0] ?? new Date();
    for (const seedCase of cases) {
      const cal = calendarForQueue(seedCase.queue);
      const { steps } = caseHistory(seedCase, now);
      const stepAt = (stage: Stage, t: Date) =>
        steps.find((s) => s.stage === stage && s.at.getTime() === t.getTime());
      for (const approval of approvalsOf(seedCase)) {
        const requested = instantOf(approval.requested, cal, now);
        expect(stepAt('pending_approval', requested), approval.id).toBeDefined();
        const { outcome } = approval;
        if (outcome.status === 'pending') {
          expect(seedCase.stage, approval.id).toBe('pending_approval');
          continue;
        }
        const closedAt =
          outcome.status === 'expired'
            ? expiryOf(approval.expires ?? { daysFromNow: 0 }, cal, now)
            : instantOf(outcome.at, cal, now);
        expect(closedAt.getTime(), approval.id).toBeGreaterThan(requested.getTime());
        expect(stepAt('in_progress', closedAt), approval.id).toBeDefined();
      }
    }
  });

  it('covers every approval state, and an approval with an expiry still ahead', () => {
    const all = cases.flatMap(approvalsOf);
    expect(new Set(all.map((a) => a.outcome.status))).toEqual(
      new Set(['pending', 'approved', 'rejected', 'withdrawn', 'expired']),
    );
    const rejected = all.filter((a) => a.outcome.status === 'rejected');
    expect(rejected.every((a) => a.outcome.status === 'rejected' && a.outcome.note)).toBe(true);
    expect(
      all.some((a) => a.outcome.status === 'approved' && a.expires && 'daysFromNow' in a.expires),
    ).toBe(true);
  });
});
