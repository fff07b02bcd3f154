import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema, AuditVerificationSchema } from '../../../shared/audit/audit.schema';
import { CaseSchema, type Case } from '../../../shared/cases/case.schema';
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

async function timeline(caseId: string) {
  const response = await t.app.inject({
    url: `/api/cases/${caseId}/audit`,
    headers: { authorization: sofia },
  });
  expect(response.statusCode).toBe(200);
  return AuditTimelineSchema.parse(response.json()).items;
}

async function verify(caseId: string) {
  const response = await t.app.inject({
    url: `/api/cases/${caseId}/audit/verify`,
    headers: { authorization: sofia },
  });
  expect(response.statusCode).toBe(200);
  return AuditVerificationSchema.parse(response.json());
}

async function moveTo(c: Case, to: string, extra: object = {}): Promise<Case> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/cases/${c.id}/transitions`,
    headers: { authorization: sofia, 'if-match': `"${c.version}"` },
    payload: { to, ...extra },
  });
  expect(response.statusCode, response.body).toBe(200);
  return CaseSchema.parse(response.json());
}

/** Lets a test play a database administrator editing history behind the server's back. */
async function withTriggersOff(run: () => Promise<void>) {
  if (t.database.dialect === 'postgres') {
    await sql`alter table audit_events disable trigger user`.execute(t.db);
    await run();
    await sql`alter table audit_events enable trigger user`.execute(t.db);
  } else {
    await sql`drop trigger audit_events_no_update`.execute(t.db);
    await sql`drop trigger audit_events_no_delete`.execute(t.db);
    await run();
  }
}

describe('the audit trail', () => {
  it('records who created the case and linked its email, in words a reviewer can read', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const items = await timeline(c.id);
    expect(items.map((i) => i.action)).toEqual(['case.created', 'email.linked']);
    expect(items[0]?.actor).toEqual({ id: 'u-sa-sofia', name: 'Sofia Lind' });
    expect(items[0]?.summary).toMatch(
      /^Sofia Lind created the case "Payment to supplier not received"/,
    );
    expect(items[0]?.changes).toContainEqual({ field: 'stage', before: null, after: 'new' });
  });

  it('keeps the before and after of every changed field, and which request made it', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    await moveTo(c, 'in_progress');
    const last = (await timeline(c.id)).at(-1);
    expect(last?.action).toBe('case.stage_changed');
    expect(last?.changes).toContainEqual({ field: 'stage', before: 'new', after: 'in_progress' });
    expect(last?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(last?.summary).toBe('Sofia Lind moved the case from new to in_progress');
  });

  it('verifies an untouched chain', async () => {
    let c = await createCase(t, 'u-sa-sofia');
    c = await moveTo(c, 'in_progress');
    c = await moveTo(c, 'waiting_customer', { reason: 'Asked for the payment date' });
    await moveTo(c, 'in_progress');
    expect(await verify(c.id)).toEqual({ valid: true, eventCount: 5, firstBroken: null });
  });

  it('refuses to update or delete audit events in the database itself', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    await expect(
      t.db
        .updateTable('audit_events')
        .set({ action: 'case.deleted' })
        .where('case_id', '=', c.id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.deleteFrom('audit_events').where('case_id', '=', c.id).execute(),
    ).rejects.toThrow(/append-only/);
    expect(await verify(c.id)).toMatchObject({ valid: true, eventCount: 2 });
  });

  it('names the first broken link when a row is changed behind the server’s back', async () => {
    let c = await createCase(t, 'u-sa-sofia');
    c = await moveTo(c, 'in_progress');
    await moveTo(c, 'waiting_customer', { reason: 'Asked for the payment date' });
    await withTriggersOff(async () => {
      await t.db
        .updateTable('audit_events')
        .set({ actor_id: 'u-sa-tom' })
        .where('case_id', '=', c.id)
        .where('seq', '=', 3)
        .execute();
    });
    const result = await verify(c.id);
    expect(result.valid).toBe(false);
    expect(result.firstBroken).toMatchObject({ seq: 3, problem: 'hash_mismatch' });
  });

  it('notices an event removed from the middle of the chain', async () => {
    let c = await createCase(t, 'u-sa-sofia');
    c = await moveTo(c, 'in_progress');
    await moveTo(c, 'waiting_customer', { reason: 'Asked for the payment date' });
    await withTriggersOff(async () => {
      await t.db
        .deleteFrom('audit_events')
        .where('case_id', '=', c.id)
        .where('seq', '=', 2)
        .execute();
    });
    expect((await verify(c.id)).firstBroken).toMatchObject({ seq: 3, problem: 'gap' });
  });

  it('keeps one unbroken chain when many changes arrive at once', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: `/api/cases/${c.id}/links`,
          headers: { authorization: sofia },
          payload: {
            email: {
              internetMessageId: `<${randomUUID()}@mail.example>`,
              conversationId: 'conv-many',
              subject: `Follow-up ${i}`,
              from: { name: 'Client', email: 'client@example.com' },
              receivedAt: '2026-11-19T10:00:00.000Z',
            },
          },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect(await verify(c.id)).toEqual({ valid: true, eventCount: 10, firstBroken: null });
  });

  it('answers 404 for the audit of an unknown case', async () => {
    const response = await t.app.inject({
      url: '/api/cases/nope/audit',
      headers: { authorization: sofia },
    });
    expect(response.statusCode).toBe(404);
  });
});
