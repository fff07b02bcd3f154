import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditVerificationSchema } from '../../../shared/audit/audit.schema';
import type { Case } from '../../../shared/cases/case.schema';
import {
  EscalationListSchema,
  EscalationSchema,
} from '../../../shared/escalations/escalation.schema';
import { evaluateEscalations } from '../../../server/escalations/escalation.service';
import { createCase } from '../../factories/cases';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

const now = new Date('2026-11-20T12:00:00.000Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** Moves a case's creation (and its first stage record) back in time. */
async function backdate(c: Case, createdAt: string) {
  await t.db
    .updateTable('cases')
    .set({ created_at: createdAt, stage_entered_at: createdAt })
    .where('id', '=', c.id)
    .execute();
  await t.db
    .updateTable('stage_changes')
    .set({ at: createdAt })
    .where('case_id', '=', c.id)
    .execute();
}

async function escalationsOf(caseId: string) {
  const response = await t.app.inject({
    url: `/api/cases/${caseId}/escalations`,
    headers: { authorization: `Bearer ${await t.tokenFor('u-mg-grace')}` },
  });
  return EscalationListSchema.parse(response.json()).items;
}

const raisedEvents = async (caseId: string) =>
  (
    await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('case_id', '=', caseId)
      .where('action', '=', 'escalation.raised')
      .execute()
  ).length;

describe('escalations', () => {
  it('raises a complaint whose final-response clock nears its limit, once, with who must decide by when', async () => {
    const c = await createCase(t, 'u-sa-sofia', { type: 'complaint' });
    await backdate(c, daysBefore(45));
    await evaluateEscalations(t.db, now);
    await evaluateEscalations(t.db, new Date(now.getTime() + 60_000));
    const found = (await escalationsOf(c.id)).filter((e) => e.ruleKey === 'final_response_at_risk');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      decideRole: 'manager',
      status: 'open',
      reason: expect.stringMatching(/final response clock is at risk/),
    });
    expect(new Date(found[0]?.decideBy ?? 0).getTime()).toBeGreaterThan(now.getTime());
    expect(await raisedEvents(c.id)).toBe(1);
  });

  it('raises material impact for a case that moves money', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    await t.db.updateTable('cases').set({ material_impact: 1 }).where('id', '=', c.id).execute();
    await evaluateEscalations(t.db, now);
    expect((await escalationsOf(c.id)).map((e) => e.ruleKey)).toContain('material_impact');
  });

  it('raises a case blocked on another team for too long', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const since = daysBefore(10);
    await backdate(c, daysBefore(12));
    await t.db
      .updateTable('cases')
      .set({ stage: 'waiting_internal', waiting_on: 'Treasury', stage_entered_at: since })
      .where('id', '=', c.id)
      .execute();
    await t.db
      .insertInto('stage_changes')
      .values({
        id: `sc-${c.id}`,
        case_id: c.id,
        from_stage: 'new',
        to_stage: 'waiting_internal',
        actor_id: 'u-sa-sofia',
        reason: 'Needs treasury',
        waiting_on: 'Treasury',
        at: since,
      })
      .execute();
    await evaluateEscalations(t.db, now);
    const blocked = (await escalationsOf(c.id)).find((e) => e.ruleKey === 'blocked_too_long');
    expect(blocked?.reason).toMatch(/Waiting on Treasury/);
  });

  it('raises the same issue repeating for one client', async () => {
    const cases = [];
    for (let i = 0; i < 3; i += 1)
      cases.push(await createCase(t, 'u-sa-sofia', { type: 'document_request' }));
    await evaluateEscalations(t.db, new Date());
    const last = cases.at(-1);
    expect((await escalationsOf(last?.id ?? '')).map((e) => e.ruleKey)).toContain('repeat_issue');
  });

  it('fires each escalation exactly once when two server instances evaluate at the same moment', async () => {
    const c = await createCase(t, 'u-sa-sofia', { type: 'complaint' });
    await backdate(c, daysBefore(45));
    await t.db.updateTable('cases').set({ material_impact: 1 }).where('id', '=', c.id).execute();
    // Several instances share a PostgreSQL database; SQLite serves one process, whose
    // single connection serialises the two runs.
    const second = t.database.dialect === 'postgres' ? t.database.open() : t.db;
    try {
      await Promise.all([evaluateEscalations(t.db, now), evaluateEscalations(second, now)]);
    } finally {
      if (second !== t.db) await second.destroy();
    }
    const found = await escalationsOf(c.id);
    expect(found.map((e) => e.ruleKey).sort()).toEqual([
      'final_response_at_risk',
      'material_impact',
    ]);
    expect(await raisedEvents(c.id)).toBe(2);
    const verify = await t.app.inject({
      url: `/api/cases/${c.id}/audit/verify`,
      headers: { authorization: `Bearer ${await t.tokenFor('u-mg-grace')}` },
    });
    expect(AuditVerificationSchema.parse(verify.json()).valid).toBe(true);
  });

  it('lets a manager record the decision once, and nobody without the role', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    await t.db.updateTable('cases').set({ material_impact: 1 }).where('id', '=', c.id).execute();
    await evaluateEscalations(t.db, now);
    const escalation = (await escalationsOf(c.id))[0];
    const resolve = async (userId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/escalations/${escalation?.id}/resolve`,
        headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
        payload: { note: 'Approved the goodwill payment and told the client today.' },
      });
    expect((await resolve('u-sa-sofia')).statusCode).toBe(403);
    const done = await resolve('u-mg-grace');
    expect(done.statusCode).toBe(200);
    expect(EscalationSchema.parse(done.json())).toMatchObject({
      status: 'resolved',
      resolvedBy: 'u-mg-grace',
    });
    expect((await resolve('u-mg-grace')).statusCode).toBe(409);
  });
});
