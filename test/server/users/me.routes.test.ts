import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CurrentUserSchema } from '../../../shared/authz/current-user.schema';
import { createTestApp, type TestApp } from '../../support/test-app';

// What the pane asks at start so it offers only what the user's roles allow.

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

async function me(userId: string) {
  const response = await t.app.inject({
    url: '/api/me',
    headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
  });
  expect(response.statusCode).toBe(200);
  return CurrentUserSchema.parse(response.json());
}

describe('GET /api/me', () => {
  it('tells a service agent who they are, their team and that they may work cases', async () => {
    const sofia = await me('u-sa-sofia');
    expect(sofia).toMatchObject({
      id: 'u-sa-sofia',
      roles: ['service_agent'],
      team: 'service-ops',
    });
    expect(sofia.actions).toEqual(expect.arrayContaining(['case.update', 'case.note']));
    expect(sofia.actions).not.toContain('approval.decide');
  });

  it('tells an auditor they may read cases but change nothing', async () => {
    const owen = await me('u-au-owen');
    expect(owen.actions).toEqual(expect.arrayContaining(['case.read', 'audit.read']));
    for (const write of ['case.update', 'case.note', 'case.transition', 'evidence.add'] as const)
      expect(owen.actions).not.toContain(write);
  });

  it('answers 401 without a token', async () => {
    const response = await t.app.inject({ url: '/api/me' });
    expect(response.statusCode).toBe(401);
  });
});
