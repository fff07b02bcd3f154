import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visibleCaseIds } from '../../../server/authz/visibility';
import { CasePageSchema, type Case } from '../../../shared/cases/case.schema';
import { createCase } from '../../factories/cases';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let sofia: string;
/** The auditor sees every case. */
let owen: string;

beforeEach(async () => {
  t = await createTestApp();
  sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
  owen = `Bearer ${await t.tokenFor('u-au-owen')}`;
});

afterEach(async () => {
  await t.close();
});

async function search(query: string, authorization = sofia) {
  const response = await t.app.inject({
    url: `/api/cases?${query}`,
    headers: { authorization },
  });
  expect(response.statusCode, response.body).toBe(200);
  return CasePageSchema.parse(response.json());
}

async function allPages(query: string, authorization = sofia): Promise<Case[]> {
  const seen: Case[] = [];
  let cursor: string | undefined;
  do {
    const page = await search(
      `${query}&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      authorization,
    );
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('case search', () => {
  it('walks every case once, newest first, a page at a time', async () => {
    const expectWalk = (walked: Case[], expectedIds: string[]) => {
      const ids = walked.map((c) => c.id);
      expect(ids).toHaveLength(expectedIds.length);
      expect(new Set(ids).size).toBe(expectedIds.length);
      expect([...ids].sort()).toEqual([...expectedIds].sort());
      const created = walked.map((c) => c.createdAt);
      expect([...created].sort().reverse()).toEqual(created);
    };

    // The auditor sees every case.
    const everyCase = (await t.db.selectFrom('cases').select('id').execute()).map((r) => r.id);
    expectWalk(await allPages('sort=newest', owen), everyCase);

    // A service agent walks exactly the cases she may see.
    const sofiasCases = (
      await visibleCaseIds(t.db, {
        id: 'u-sa-sofia',
        roles: ['service_agent'],
        team: 'service-ops',
      }).execute()
    ).map((r) => r.id);
    expect(sofiasCases.length).toBeGreaterThan(0);
    expectWalk(await allPages('sort=newest'), sofiasCases);
  });

  it('orders by SLA urgency: breached, then at risk, then on track, soonest due first', async () => {
    await t.db
      .updateTable('cases')
      .set({ sla_state: 'breached' })
      .where('id', '=', 'cs-005')
      .execute();
    await t.db
      .updateTable('cases')
      .set({ sla_state: 'at_risk', sla_due_at: '2026-11-25T10:00:00.000Z' })
      .where('id', '=', 'cs-006')
      .execute();
    await t.db
      .updateTable('cases')
      .set({ sla_state: 'at_risk', sla_due_at: '2026-11-24T10:00:00.000Z' })
      .where('id', '=', 'cs-007')
      .execute();
    const all = await allPages('sort=sla');
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);

    // The whole walk is in urgency order: SLA state, then soonest due, undated last.
    const rank = { breached: 0, at_risk: 1, on_track: 2 } as const;
    const urgency = (a: Case, b: Case) =>
      rank[a.slaState] - rank[b.slaState] ||
      (a.slaDueAt === b.slaDueAt
        ? 0
        : a.slaDueAt === null
          ? 1
          : b.slaDueAt === null
            ? -1
            : Date.parse(a.slaDueAt) - Date.parse(b.slaDueAt));
    const outOfOrder = all.flatMap((later, i) => {
      const earlier = i > 0 ? all[i - 1] : undefined;
      return earlier && urgency(earlier, later) > 0 ? [`${earlier.id} before ${later.id}`] : [];
    });
    expect(outOfOrder).toEqual([]);

    // The three cases set above come in that order relative to each other.
    const ids = all.map((c) => c.id);
    const positions = ['cs-005', 'cs-007', 'cs-006'].map((id) => ids.indexOf(id));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('filters by stage, queue, owner and SLA state', async () => {
    const mine = await createCase(t, 'u-sa-sofia', { type: 'complaint' });
    const byOwner = await search('ownerId=me&queue=complaints&stage=new,triage');
    expect(byOwner.items.map((c) => c.id)).toContain(mine.id);
    expect(byOwner.items.every((c) => c.ownerId === 'u-sa-sofia' && c.queue === 'complaints')).toBe(
      true,
    );
    const open = await search('open=true&limit=100');
    expect(open.items.every((c) => c.stage !== 'resolved' && c.stage !== 'closed')).toBe(true);
    const breached = await search('slaState=breached&limit=100');
    expect(breached.items.every((c) => c.slaState === 'breached')).toBe(true);
  });

  it('finds a case by its reference, its title or its client’s name', async () => {
    const made = await createCase(t, 'u-sa-sofia', {
      title: 'Duplicate direct debit on the mortgage',
    });
    expect((await search(`q=${made.reference}`)).items.map((c) => c.id)).toEqual([made.id]);
    expect((await search('q=duplicate%20direct')).items.map((c) => c.id)).toContain(made.id);
    expect(
      (await search(`q=${encodeURIComponent(made.clientName)}`)).items.map((c) => c.id),
    ).toContain(made.id);
  });

  it('refuses an unknown stage or a forged cursor with 400', async () => {
    const badStage = await t.app.inject({
      url: '/api/cases?stage=archived',
      headers: { authorization: sofia },
    });
    expect(badStage.statusCode).toBe(400);
    const badCursor = await t.app.inject({
      url: '/api/cases?cursor=bm9wZQ',
      headers: { authorization: sofia },
    });
    expect(badCursor.statusCode).toBe(400);
  });
});
