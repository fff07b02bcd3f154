import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app';
import { setUpBusyClient, type BusyClient } from './brief-busy-client';

// What is open for a client, and what the rules suggest doing about it.

let t: TestApp;
let busy: BusyClient;

beforeAll(async () => {
  t = await createTestApp();
  busy = await setUpBusyClient(t);
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/clients/:id/brief: open items and suggested actions', () => {
  it('lists only open cases, each with its SLA state as it stands now', () => {
    const cases = busy.brief.openItems.cases;
    expect(cases.map((c) => c.id).sort()).toEqual([busy.atRisk.id, busy.correction.id].sort());
    const risky = cases.find((c) => c.id === busy.atRisk.id);
    expect(risky).toMatchObject({
      reference: busy.atRisk.reference,
      slaState: 'at_risk',
      stage: 'in_progress',
    });
    expect(risky?.slaDueAt).toEqual(expect.any(String));
    expect(cases.find((c) => c.id === busy.correction.id)).toMatchObject({
      stage: 'pending_approval',
      slaState: 'on_track',
    });
  });

  it('lists open follow-ups, overdue first, with overdue derived from the due date', () => {
    const followUps = busy.brief.openItems.followUps;
    expect(followUps.map((f) => f.id)).toEqual([busy.overdue.id, busy.later.id]);
    expect(followUps[0]).toMatchObject({
      overdue: true,
      dueInDays: -3,
      dueDate: busy.overdue.dueDate,
    });
    expect(followUps[1]).toMatchObject({ overdue: false, dueInDays: 5 });
  });

  it('lists the approval pending on the client’s case', () => {
    expect(busy.brief.openItems.approvals).toEqual([
      expect.objectContaining({
        id: busy.approvalId,
        caseId: busy.correction.id,
        caseReference: busy.correction.reference,
        kind: 'correction',
        approverRole: 'manager',
        requestedByName: 'Rahul Mehta',
      }),
    ]);
  });

  it('lists required evidence missing from open cases, and not the evidence already there', () => {
    const missing = busy.brief.openItems.missingEvidence.map((m) => `${m.caseReference} ${m.key}`);
    expect(missing.sort()).toEqual(
      [
        `${busy.atRisk.reference} final_response`,
        `${busy.atRisk.reference} reviewer_signoff`,
        `${busy.correction.reference} record_before`,
        `${busy.correction.reference} record_after`,
        `${busy.correction.reference} affected_records`,
      ].sort(),
    );
    expect(
      busy.brief.openItems.missingEvidence.find((m) => m.key === 'final_response')?.label,
    ).toBe('Final response letter');
  });

  it('suggests actions by rule, each with its reason, in priority order', () => {
    const items = busy.brief.suggestedActions.items;
    const keys = new Set(items.map((i) => i.key));
    for (const key of [
      'chase_follow_up',
      'act_on_sla',
      'collect_evidence',
      'move_stale_case',
      'prepare_review',
      'chase_approval',
    ] as const) {
      expect(keys, key).toContain(key);
    }
    expect(items.every((i) => i.reason.trim().length > 0)).toBe(true);
    const rank = { high: 0, medium: 1, low: 2 };
    const ranks = items.map((i) => rank[i.priority]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    expect(items.find((i) => i.key === 'chase_follow_up')).toMatchObject({
      title: 'Chase: Send the signed mandate',
      reason: `due ${busy.overdue.dueDate}, 3 days overdue`,
      followUpId: busy.overdue.id,
    });
    const sla = items.find((i) => i.key === 'act_on_sla');
    expect(sla).toMatchObject({ title: `Act on ${busy.atRisk.reference}`, caseId: busy.atRisk.id });
    expect(sla?.reason).toMatch(/^(Final response|Resolution) clock is at risk/);
    expect(items.find((i) => i.key === 'move_stale_case')?.caseId).toBe(busy.atRisk.id);
    expect(items.find((i) => i.key === 'chase_approval')?.caseId).toBe(busy.correction.id);
  });
});
