import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CasePageSchema, type Case } from '../../../shared/cases/case.schema';
import { createCase } from '../../factories/cases';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let sofia: string;

beforeEach(async () => {
  t = await createTestApp();
  sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
});

afterEach(async () => {
  await t.close();
});

async function search(query: string) {
  const response = await t.app.inject({
    url: `/api/cases?${query}`,
    headers: { authorization: sofia },
  });
  expect(response.statusCode, response.body).toBe(200);
  return CasePageSchema.parse(response.json());
}

async function allPages(query: string): Promise<Case[]> {
  const seen: Case[] = [];
  let cursor: string | undefined;
  do {
    const page = await search(`${query}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('case search', () => {
  it('walks every case once, newest first, a page at a time', async () => {
    const all = await allPages('sort=newest');
    const total = (await t.db.selectFrom('cases').select('id').execute()).length;
    expect(all).toHaveLength(total);
    expect(new Set(all.map((c) => c.id)).size).toBe(total);
    const created = all.map((c) => c.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
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
    expect(all.slice(0, 3).map((c) => c.id)).toEqual(['cs-005', 'cs-007', 'cs-006']);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
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
