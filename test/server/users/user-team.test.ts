import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManagedUserListSchema, ManagedUserSchema } from '../../../shared/users/user.schema';
import { verifyStream } from '../../../server/audit/audit.service';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

async function as(userId: string) {
  return `Bearer ${await t.tokenFor(userId)}`;
}

describe('assigning teams', () => {
  it('lets an administrator put a newly signed-in user on a team, on the record, so they see that team’s queues', async () => {
    const newcomer = `Bearer ${await t.issuer.mint({ userId: 'oid-new-agent', name: 'New Agent', email: 'new.agent@northbridge.example', roles: ['service_agent'] })}`;
    const before = await t.app.inject({
      url: '/api/cases?limit=100',
      headers: { authorization: newcomer },
    });
    expect(before.json()).toMatchObject({ items: [] });

    const users = ManagedUserListSchema.parse(
      (
        await t.app.inject({
          url: '/api/users',
          headers: { authorization: await as('u-ad-nadia') },
        })
      ).json(),
    );
    const created = users.items.find((u) => u.email === 'new.agent@northbridge.example');
    expect(created).toMatchObject({ team: null, roles: ['service_agent'] });

    const assigned = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${created?.id}`,
      headers: { authorization: await as('u-ad-nadia') },
      payload: { team: 'service-ops' },
    });
    expect(assigned.statusCode).toBe(200);
    expect(ManagedUserSchema.parse(assigned.json()).team).toBe('service-ops');

    const after = await t.app.inject({
      url: '/api/cases?limit=100',
      headers: { authorization: newcomer },
    });
    expect((after.json() as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(await verifyStream(t.db, 'users')).toMatchObject({ valid: true, eventCount: 1 });
  });

  it('refuses an unknown team, and anyone but an administrator', async () => {
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/u-sa-tom',
      headers: { authorization: await as('u-ad-nadia') },
      payload: { team: 'nowhere' },
    });
    expect(bad.statusCode).toBe(400);
    const byManager = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/u-sa-tom',
      headers: { authorization: await as('u-mg-grace') },
      payload: { team: 'service-ops' },
    });
    expect(byManager.statusCode).toBe(403);
  });
});
