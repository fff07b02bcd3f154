import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EscalationListSchema } from '../../../shared/escalations/escalation.schema';
import { addDays, londonToday } from '../../../shared/follow-ups/due-date';
import { FollowUpPageSchema } from '../../../shared/follow-ups/follow-up.schema';
import { InteractionPageSchema } from '../../../shared/interactions/interaction.schema';
import { createTestApp, type TestApp } from '../../support/test-app';

// Follow-ups, interactions, client watch fields and escalations in the seeded workspace,
// as the API shows them. One app for the file: these tests only read.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

async function getAs(userId: string, url: string) {
  const response = await t.app.inject({
    url,
    headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as unknown;
}

describe('seeded follow-ups', () => {
  it('gives each relationship manager overdue, due-soon and done follow-ups on their clients', async () => {
    const today = londonToday();
    for (const rm of ['u-rm-amelia', 'u-rm-rahul']) {
      const rows = await t.db
        .selectFrom('follow_ups')
        .innerJoin('clients', 'clients.id', 'follow_ups.client_id')
        .selectAll('follow_ups')
        .where('clients.owner_id', '=', rm)
        .execute();
      const open = rows.filter((f) => f.status === 'open');
      expect(
        open.some((f) => f.due_date < today),
        rm,
      ).toBe(true);
      expect(
        open.some((f) => f.due_date >= today && f.due_date <= addDays(today, 7)),
        rm,
      ).toBe(true);
      expect(
        rows.some((f) => f.status === 'done' && f.completed_at !== null),
        rm,
      ).toBe(true);
      expect(
        rows.some((f) => f.case_id !== null),
        rm,
      ).toBe(true);
    }
  });

  it('shows an RM their overdue follow-ups first in their own work list', async () => {
    const page = FollowUpPageSchema.parse(
      await getAs('u-rm-amelia', '/api/follow-ups?owner=me&status=open'),
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0]?.overdue).toBe(true);
    expect(page.items.every((f) => f.ownerId === 'u-rm-amelia')).toBe(true);
  });
});

describe('seeded interactions', () => {
  it('records a sensitive interaction for managers to review', async () => {
    const flagged = InteractionPageSchema.parse(
      await getAs('u-mg-grace', '/api/interactions?sensitive=true'),
    );
    expect(flagged.items.map((i) => i.clientId)).toEqual(['cl-003']);
  });

  it('turned the promises of the annual review into follow-ups linked to it', async () => {
    const page = InteractionPageSchema.parse(
      await getAs('u-rm-amelia', '/api/clients/cl-009/interactions'),
    );
    const review = page.items.find((i) => i.sourceItemId === 'demo-apt-001');
    expect(review?.followUps.length).toBe(3);
    expect(review?.followUps.every((f) => f.interactionId === review.id)).toBe(true);
  });
});

describe('seeded client watch and escalations', () => {
  it('marks a vulnerable client, a restricted one and a review due within 30 days', async () => {
    const rows = await t.db.selectFrom('clients').selectAll().execute();
    const today = londonToday();
    const vulnerable = rows.filter((c) => c.vulnerable === 1);
    expect(vulnerable.map((c) => c.id)).toEqual(['cl-003']);
    expect(vulnerable[0]?.vulnerability_note).toBeTruthy();
    const restricted = rows.filter((c) => (JSON.parse(c.restrictions) as string[]).length > 0);
    expect(restricted.map((c) => c.id).sort()).toEqual(['cl-010', 'cl-022']);
    const reviews = rows.flatMap((c) => (c.next_review_date ? [c.next_review_date] : []));
    expect(reviews.some((d) => d >= today && d <= addDays(today, 30))).toBe(true);
  });

  it('has open escalations for a manager to decide', async () => {
    const list = EscalationListSchema.parse(
      await getAs('u-mg-grace', '/api/escalations?status=open'),
    );
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.map((e) => e.ruleKey)).toEqual(
      expect.arrayContaining(['material_impact', 'blocked_too_long']),
    );
    expect(list.items.every((e) => e.decideRole === 'manager')).toBe(true);
  });
});
