import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp | undefined;

afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('security headers', () => {
  it('lets only Outlook and the demo workspace frame the pages, and sends the usual protections', async () => {
    t = await createTestApp();
    const response = await t.app.inject({ url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain(
      "frame-ancestors 'self' https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft",
    );
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });
});

describe('CORS', () => {
  it('answers the add-in’s configured origin and nobody else', async () => {
    t = await createTestApp({ hardening: { corsOrigins: ['https://caseline.bank.example'] } });
    const preflight = (origin: string) =>
      t!.app.inject({
        method: 'OPTIONS',
        url: '/api/cases',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,if-match',
        },
      });
    const allowed = await preflight('https://caseline.bank.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://caseline.bank.example');
    expect(String(allowed.headers['access-control-allow-headers'])).toMatch(/If-Match/i);
    const refused = await preflight('https://evil.example');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a user passes the limit, without slowing anyone else', async () => {
    t = await createTestApp({ hardening: { rateLimitPerMinute: 3 } });
    const sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (await t.app.inject({ url: '/api/clients', headers: { authorization: sofia } })).statusCode,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await t.app.inject({ url: '/api/clients', headers: { authorization: sofia } });
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    const tom = await t.app.inject({
      url: '/api/clients',
      headers: { authorization: `Bearer ${await t.tokenFor('u-sa-tom')}` },
    });
    expect(tom.statusCode).toBe(200);
  });
});

describe('rate limits per address', () => {
  it('slows a flood of bad tokens from one address before any token is checked', async () => {
    t = await createTestApp({ hardening: { rateLimitPerAddressPerMinute: 5 } });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await t.app.inject({ url: '/api/clients', headers: { authorization: 'Bearer nonsense' } }))
          .statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe('request size', () => {
  it('refuses a JSON body over 1 MB with 413 and a code', async () => {
    t = await createTestApp();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: {
        authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}`,
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ description: 'x'.repeat(1_100_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});
