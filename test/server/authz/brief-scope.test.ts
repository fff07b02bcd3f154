import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientBriefSchema } from '../../../shared/clients/brief.schema';
import { createCase } from '../../factories/cases';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

async function briefAs(userId: string, clientId: string) {
  const response = await t.app.inject({
    url: `/api/clients/${clientId}/brief`,
    headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
  });
  expect(response.statusCode, response.body).toBe(200);
  return ClientBriefSchema.parse(response.json());
}

describe('the brief shows each person only their part of the client', () => {
  it('gives a service agent their queues’ cases and no relationship work, and the relationship manager everything', async () => {
    const payments = await createCase(t, 'u-sa-tom', { type: 'payment_investigation' });
    const maintenance = await createCase(t, 'u-sa-sofia', {
      type: 'account_maintenance',
      clientId: payments.clientId,
    });
    const owner = (
      await t.db
        .selectFrom('clients')
        .select('owner_id')
        .where('id', '=', payments.clientId)
        .executeTakeFirstOrThrow()
    ).owner_id;

    const asSofia = await briefAs('u-sa-sofia', payments.clientId);
    const sofiaCases = asSofia.openItems.cases.map((c) => c.id);
    expect(sofiaCases).toContain(maintenance.id);
    expect(sofiaCases).not.toContain(payments.id);
    expect(asSofia.recentActivity.items.some((i) => i.kind === 'interaction')).toBe(false);
    expect(asSofia.recentActivity.items.every((i) => !i.caseId || i.caseId !== payments.id)).toBe(
      true,
    );

    const asOwner = await briefAs(owner, payments.clientId);
    expect(asOwner.openItems.cases.map((c) => c.id)).toEqual(
      expect.arrayContaining([payments.id, maintenance.id]),
    );
  });

  it('answers 404 for the brief of a client another relationship team owns', async () => {
    const rahulsClient = await t.db
      .selectFrom('clients')
      .select('id')
      .where('owner_id', '=', 'u-rm-rahul')
      .executeTakeFirstOrThrow();
    const response = await t.app.inject({
      url: `/api/clients/${rahulsClient.id}/brief`,
      headers: { authorization: `Bearer ${await t.tokenFor('u-rm-amelia')}` },
    });
    expect(response.statusCode).toBe(404);
  });
});
