import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../../support/log-capture';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('request logs', () => {
  it('name the user and the request, and never the customer data in the query or body', async () => {
    const text = await captureLogs(t, async (app) => {
      const authorization = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
      await app.inject({
        url: '/api/clients/match?email=lucy.tremayne%40netmail.example',
        headers: { authorization },
      });
      await app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { authorization },
        payload: { title: 'Lucy Tremayne lost her card', description: 'Card ending 4471' },
      });
    });
    expect(text).toContain('"userId":"u-sa-sofia"');
    expect(text).toContain('"path":"/api/clients/match"');
    expect(text).toMatch(/"reqId":"[0-9a-f-]{36}"/);
    for (const secret of ['lucy.tremayne', 'netmail', 'Lucy Tremayne', '4471']) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
