import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../factories/cases';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

function emailBody(subject: string) {
  return {
    email: {
      internetMessageId: `<${subject.replace(/\W/g, '')}@mail.example>`,
      conversationId: null,
      subject,
      from: { name: 'Client', email: 'client@example.com' },
      receivedAt: '2026-11-19T10:00:00.000Z',
    },
  };
}

async function link(userId: string, caseId: string, key: string | undefined, body: object) {
  return t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/links`,
    headers: {
      authorization: `Bearer ${await t.tokenFor(userId)}`,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    payload: body,
  });
}

const linkCount = async (caseId: string) =>
  (await t.db.selectFrom('email_links').select('id').where('case_id', '=', caseId).execute())
    .length;

describe('Idempotency-Key', () => {
  it('answers a retry with the first response and does the work once', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const key = randomUUID();
    const first = await link('u-sa-sofia', c.id, key, emailBody('Statement attached'));
    const retry = await link('u-sa-sofia', c.id, key, emailBody('Statement attached'));
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await linkCount(c.id)).toBe(2);
  });

  it('refuses the same key with a different body with 422', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const key = randomUUID();
    await link('u-sa-sofia', c.id, key, emailBody('Statement attached'));
    const reused = await link('u-sa-sofia', c.id, key, emailBody('Another email'));
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    expect(await linkCount(c.id)).toBe(2);
  });

  it('keeps one user’s keys apart from another’s', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const key = randomUUID();
    await link('u-sa-sofia', c.id, key, emailBody('Statement attached'));
    const other = await link('u-sa-tom', c.id, key, emailBody('Another email'));
    expect(other.statusCode).toBe(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
  });

  it('does not keep a refusal for a malformed key', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const response = await link(
      'u-sa-sofia',
      c.id,
      'has spaces in it',
      emailBody('Statement attached'),
    );
    expect(response.statusCode).toBe(400);
  });
});
