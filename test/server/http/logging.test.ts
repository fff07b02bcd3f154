import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app';
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
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = await buildApp({
      db: t.db,
      verifier: t.issuer.verifier,
      devIssuer: t.issuer,
      dataDir: t.dataDir,
      logLevel: 'info',
      logStream: stream,
    });
    try {
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
    } finally {
      await app.close();
    }
    const text = lines.join('');
    expect(text).toContain('"userId":"u-sa-sofia"');
    expect(text).toContain('"path":"/api/clients/match"');
    expect(text).toMatch(/"reqId":"[0-9a-f-]{36}"/);
    for (const secret of ['lucy.tremayne', 'netmail', 'Lucy Tremayne', '4471']) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
