import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema, AuditVerificationSchema } from '../../../shared/audit/audit.schema';
import { FollowUpSchema, type FollowUp } from '../../../shared/follow-ups/follow-up.schema';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs, createFollowUp, errorOf, type Api } from './follow-up.fixtures';

let t: TestApp;
let amelia: Api;
let followUp: FollowUp;

const demoCase = demoData.cases[0] ?? { id: 'missing', clientId: 'missing' };

beforeEach(async () => {
  t = await createTestApp();
  amelia = apiAs(t, await t.tokenFor('u-rm-amelia'));
  followUp = await createFollowUp(amelia, `/api/clients/${demoCase.clientId}/follow-ups`);
});

afterEach(async () => {
  await t.close();
});

const url = () => `/api/follow-ups/${followUp.id}`;

async function stored() {
  return FollowUpSchema.parse((await amelia.get(url())).json());
}

describe('PATCH /api/follow-ups/:id', () => {
  it('answers 428 without If-Match and changes nothing', async () => {
    const response = await amelia.patch(url(), { title: 'Changed' });
    expect(response.statusCode).toBe(428);
    expect(errorOf(response).code).toBe('precondition_required');
    expect(await stored()).toEqual(followUp);
  });

  it('answers 412 for a stale version and changes nothing', async () => {
    expect((await amelia.patch(url(), { title: 'First' }, '"1"')).statusCode).toBe(200);
    const afterFirst = await stored();
    const response = await amelia.patch(url(), { title: 'Second' }, '"1"');
    expect(response.statusCode).toBe(412);
    expect(errorOf(response)).toMatchObject({
      code: 'precondition_failed',
      details: { currentVersion: 2 },
    });
    expect(await stored()).toEqual(afterFirst);
  });

  it('applies a fresh change: 200, version + 1 and the new ETag', async () => {
    const response = await amelia.patch(
      url(),
      { title: 'Call back about the overdraft', dueDate: '2030-02-01', ownerId: 'u-rm-rahul' },
      followUp.version.toString(),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(FollowUpSchema.parse(response.json())).toMatchObject({
      version: 2,
      title: 'Call back about the overdraft',
      dueDate: '2030-02-01',
      ownerId: 'u-rm-rahul',
    });
  });

  it('refuses an unknown owner with 400 and changes nothing', async () => {
    const response = await amelia.patch(url(), { ownerId: 'u-nobody' }, '"1"');
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toMatchObject({ issues: [{ path: 'ownerId' }] });
    expect(await stored()).toEqual(followUp);
  });

  it('refuses an empty patch, a note alone and unknown fields with 400', async () => {
    for (const body of [
      {},
      { note: 'just saying' },
      { overdue: false },
      { dueDate: '2030-02-29' },
    ]) {
      expect((await amelia.patch(url(), body, '"1"')).statusCode).toBe(400);
    }
  });

  it('marking it done sets completedAt; reopening it clears completedAt', async () => {
    const done = FollowUpSchema.parse(
      (await amelia.patch(url(), { status: 'done', note: 'Letter signed' }, '"1"')).json(),
    );
    expect(done.status).toBe('done');
    expect(done.completedAt).not.toBeNull();
    const reopened = FollowUpSchema.parse(
      (await amelia.patch(url(), { status: 'open' }, '"2"')).json(),
    );
    expect(reopened).toMatchObject({ status: 'open', completedAt: null, version: 3 });
  });

  it('answers 404 for an unknown follow-up', async () => {
    expect((await amelia.patch('/api/follow-ups/nope', { title: 'x' }, '"1"')).statusCode).toBe(
      404,
    );
  });
});

describe('audit of follow-ups', () => {
  it('records case-linked follow-ups on the case trail, which still verifies', async () => {
    const onCase = await createFollowUp(amelia, `/api/cases/${demoCase.id}/follow-ups`, {
      title: 'Confirm the mandate',
    });
    const patched = await amelia.patch(
      `/api/follow-ups/${onCase.id}`,
      { status: 'cancelled', note: 'Client withdrew the request' },
      '"1"',
    );
    expect(patched.statusCode).toBe(200);

    const timeline = AuditTimelineSchema.parse(
      (await amelia.get(`/api/cases/${demoCase.id}/audit`)).json(),
    );
    const events = timeline.items.filter((e) => e.entityId === onCase.id);
    expect(events.map((e) => e.action)).toEqual(['follow_up.created', 'follow_up.updated']);
    expect(events[0]?.summary).toContain('created the follow-up "Confirm the mandate"');
    expect(events[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'open', after: 'cancelled' },
        { field: 'note', before: null, after: 'Client withdrew the request' },
      ]),
    );
    const verification = AuditVerificationSchema.parse(
      (await amelia.get(`/api/cases/${demoCase.id}/audit/verify`)).json(),
    );
    expect(verification.valid).toBe(true);
  });

  it('records client-level follow-ups on the client stream', async () => {
    await amelia.patch(url(), { dueDate: '2030-03-01' }, '"1"');
    const events = await t.db
      .selectFrom('audit_events')
      .select(['stream', 'action', 'case_id'])
      .where('entity_id', '=', followUp.id)
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      { stream: `client:${demoCase.clientId}`, action: 'follow_up.created', case_id: null },
      { stream: `client:${demoCase.clientId}`, action: 'follow_up.updated', case_id: null },
    ]);
  });

  it('a patch that changes nothing writes no event and keeps the version', async () => {
    const response = await amelia.patch(url(), { title: followUp.title }, '"1"');
    expect(response.statusCode).toBe(200);
    expect(FollowUpSchema.parse(response.json()).version).toBe(1);
    const events = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', followUp.id)
      .execute();
    expect(events).toHaveLength(1);
  });
});
