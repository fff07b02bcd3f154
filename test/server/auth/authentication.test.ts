import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DevTokenResponseSchema, DevUserListSchema } from '../../../shared/auth/dev-token.schema';
import { ClientPageSchema } from '../../../shared/clients/client.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { buildApp } from '../../../server/app';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

function errorOf(response: { json: () => unknown }) {
  return ErrorBodySchema.parse(response.json()).error;
}

describe('authentication', () => {
  it('answers /api/health with 200 without a token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('refuses /api/clients without a token with 401 unauthenticated', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/clients' });
    expect(response.statusCode).toBe(401);
    const body = response.json() as unknown;
    expect(body).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
    expect(errorOf(response).message.length).toBeGreaterThan(0);
  });

  it.each([
    ['a garbage bearer token', 'Bearer garbage'],
    ['a three-part junk token', 'Bearer aaa.bbb.ccc'],
    ['a non-bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['a bare Bearer keyword', 'Bearer '],
  ])('refuses /api/clients with %s with 401', async (_label, authorization) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/clients',
      headers: { authorization },
    });
    expect(response.statusCode).toBe(401);
    expect(errorOf(response).code).toBe('unauthenticated');
  });

  it('refuses a token signed by another dev issuer', async () => {
    const other = await createTestApp();
    try {
      const foreign = await other.tokenFor('u-sa-sofia');
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/clients',
        headers: { authorization: `Bearer ${foreign}` },
      });
      expect(response.statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });

  it.each(['/%61pi/clients', '/api/%63lients', '/%61pi/clients/match?email=x%40y.example'])(
    'does not serve %s (a percent-encoded API path) without a token',
    async (url) => {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(401);
      expect(errorOf(response).code).toBe('unauthenticated');
    },
  );

  it('asks for a token on unknown /api routes rather than revealing which exist', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(response.statusCode).toBe(401);
  });

  it('lists the demo users at /api/dev/users as [{id, name, email, roles}] without a token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/dev/users' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as Record<string, unknown>[];
    const users = DevUserListSchema.parse(body);
    for (const user of body)
      expect(Object.keys(user).sort()).toEqual(['email', 'id', 'name', 'roles']);
    expect(users.map((u) => u.id).sort()).toEqual(demoData.users.map((u) => u.id).sort());
    const managers = users.filter((u) => u.roles.includes('relationship_manager'));
    expect(managers.length).toBeGreaterThanOrEqual(2);
    const sofia = users.find((u) => u.id === 'u-sa-sofia');
    const demoSofia = demoData.users.find((u) => u.id === 'u-sa-sofia');
    expect(sofia).toEqual({
      id: 'u-sa-sofia',
      name: demoSofia?.name,
      email: demoSofia?.email,
      roles: demoSofia?.roles,
    });
  });

  it('mints a token at /api/dev/token that works on /api/clients', async () => {
    const minted = await t.app.inject({
      method: 'POST',
      url: '/api/dev/token',
      payload: { userId: 'u-rm-amelia' },
    });
    expect(minted.statusCode).toBe(200);
    const { accessToken } = DevTokenResponseSchema.parse(minted.json());
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/clients',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(response.statusCode).toBe(200);
    expect(ClientPageSchema.parse(response.json()).items.length).toBeGreaterThan(0);
  });

  it('answers 404 not_found when asked to mint a token for an unknown user', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/dev/token',
      payload: { userId: 'u-nobody' },
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });

  it.each([
    ['an empty object', {}],
    ['an empty userId', { userId: '' }],
    ['a numeric userId', { userId: 42 }],
  ])('answers 400 validation_failed to /api/dev/token with %s', async (_label, payload) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/dev/token', payload });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });

  it('answers 400 validation_failed to /api/dev/token with unparsable JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/dev/token',
      headers: { 'content-type': 'application/json' },
      payload: '{"userId":',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });

  describe('without a dev issuer', () => {
    let prod: FastifyInstance;

    beforeEach(async () => {
      prod = await buildApp({ db: t.db, verifier: t.issuer.verifier, dataDir: t.dataDir });
    });

    afterEach(async () => {
      await prod.close();
    });

    it('has no dev routes: they neither list users nor mint tokens', async () => {
      const users = await prod.inject({ method: 'GET', url: '/api/dev/users' });
      expect([401, 404]).toContain(users.statusCode);
      expect(errorOf(users).code).toMatch(/^(unauthenticated|not_found)$/);

      const token = await prod.inject({
        method: 'POST',
        url: '/api/dev/token',
        payload: { userId: 'u-sa-sofia' },
      });
      expect([401, 404]).toContain(token.statusCode);
      expect(token.body).not.toContain('accessToken');
    });

    it('has no dev routes even for a signed-in caller', async () => {
      const authorization = `Bearer ${await t.tokenFor('u-ad-nadia')}`;
      const users = await prod.inject({
        method: 'GET',
        url: '/api/dev/users',
        headers: { authorization },
      });
      expect(users.statusCode).toBe(404);
      const token = await prod.inject({
        method: 'POST',
        url: '/api/dev/token',
        headers: { authorization },
        payload: { userId: 'u-sa-sofia' },
      });
      expect(token.statusCode).toBe(404);
      expect(token.body).not.toContain('accessToken');
    });

    it('still answers /api/health and still guards /api/clients', async () => {
      expect((await prod.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect((await prod.inject({ method: 'GET', url: '/api/clients' })).statusCode).toBe(401);
    });
  });
});
