import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, londonToday } from '../../../shared/follow-ups/due-date';
import { FollowUpPageSchema, FollowUpSchema } from '../../../shared/follow-ups/follow-up.schema';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';
import {
  apiAs,
  createFollowUp,
  errorOf,
  followUpInput,
  rowCounts,
  type Api,
} from './follow-up.fixtures';

let t: TestApp;
let amelia: Api;
let rahul: Api;

const demoCase = demoData.cases[0] ?? { id: 'missing', clientId: 'missing' };
const clientId = demoCase.clientId;
const clientOwner = demoData.clients.find((c) => c.id === clientId)?.ownerId;
// Another client of the same relationship manager, so Amelia may work on both.
const otherClientId =
  demoData.clients.find((c) => c.id !== clientId && c.ownerId === clientOwner)?.id ?? 'missing';

beforeEach(async () => {
  t = await createTestApp();
  amelia = apiAs(t, await t.tokenFor('u-rm-amelia'));
  rahul = apiAs(t, await t.tokenFor('u-rm-rahul'));
});

afterEach(async () => {
  await t.close();
});

describe('POST /api/clients/:id/follow-ups', () => {
  it('creating a follow-up defaults the owner to the caller: 201, open, version 1, an ETag', async () => {
    const response = await amelia.post(`/api/clients/${clientId}/follow-ups`, followUpInput());
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(FollowUpSchema.parse(response.json())).toMatchObject({
      clientId,
      caseId: null,
      interactionId: null,
      ownerId: 'u-rm-amelia',
      createdBy: 'u-rm-amelia',
      status: 'open',
      version: 1,
      title: 'Send the revised facility letter',
      closeCondition: 'Client has the signed letter',
      completedAt: null,
    });
  });

  it('respects an explicit owner', async () => {
    const created = await createFollowUp(amelia, `/api/clients/${clientId}/follow-ups`, {
      ownerId: 'u-sa-tom',
    });
    expect(created).toMatchObject({ ownerId: 'u-sa-tom', createdBy: 'u-rm-amelia' });
  });

  it('refuses an unknown owner with 400 on ownerId and writes nothing', async () => {
    const before = await rowCounts(t);
    const response = await amelia.post(
      `/api/clients/${clientId}/follow-ups`,
      followUpInput({ ownerId: 'u-nobody' }),
    );
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toMatchObject({ issues: [{ path: 'ownerId' }] });
    expect(await rowCounts(t)).toEqual(before);
  });

  it.each(['2026-02-30', '2026-13-01', '15/01/2030', ''])(
    'refuses the due date %j with 400',
    async (dueDate) => {
      const response = await amelia.post(
        `/api/clients/${clientId}/follow-ups`,
        followUpInput({ dueDate }),
      );
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).code).toBe('validation_failed');
    },
  );

  it('refuses unknown fields and an empty title', async () => {
    const extra = await amelia.post(`/api/clients/${clientId}/follow-ups`, {
      ...followUpInput(),
      overdue: true,
    });
    expect(extra.statusCode).toBe(400);
    const blank = await amelia.post(
      `/api/clients/${clientId}/follow-ups`,
      followUpInput({ title: '  ' }),
    );
    expect(blank.statusCode).toBe(400);
  });

  it('answers 404 for an unknown client and writes nothing', async () => {
    const before = await rowCounts(t);
    const response = await amelia.post('/api/clients/cl-nope/follow-ups', followUpInput());
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
    expect(await rowCounts(t)).toEqual(before);
  });

  it('refuses a case that belongs to another client with 400', async () => {
    const response = await amelia.post(
      `/api/clients/${otherClientId}/follow-ups`,
      followUpInput({ caseId: demoCase.id }),
    );
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toMatchObject({ issues: [{ path: 'caseId' }] });
  });
});

describe('POST /api/cases/:id/follow-ups', () => {
  it('takes the client from the case', async () => {
    const created = await createFollowUp(amelia, `/api/cases/${demoCase.id}/follow-ups`);
    expect(created).toMatchObject({ caseId: demoCase.id, clientId, ownerId: 'u-rm-amelia' });
  });

  it('answers 404 for an unknown case and writes nothing', async () => {
    const before = await rowCounts(t);
    const response = await amelia.post('/api/cases/cs-nope/follow-ups', followUpInput());
    expect(response.statusCode).toBe(404);
    expect(await rowCounts(t)).toEqual(before);
  });

  it('refuses a caseId in the body, since the path names the case', async () => {
    const response = await amelia.post(
      `/api/cases/${demoCase.id}/follow-ups`,
      followUpInput({ caseId: demoCase.id }),
    );
    expect(response.statusCode).toBe(400);
  });
});

describe('overdue is derived', () => {
  const today = londonToday();

  it('a follow-up due yesterday is overdue, today is not, tomorrow is not', async () => {
    const url = `/api/clients/${clientId}/follow-ups`;
    const yesterday = await createFollowUp(amelia, url, { dueDate: addDays(today, -1) });
    const dueToday = await createFollowUp(amelia, url, { dueDate: today });
    const tomorrow = await createFollowUp(amelia, url, { dueDate: addDays(today, 1) });
    expect(yesterday).toMatchObject({ overdue: true, dueInDays: -1 });
    expect(dueToday).toMatchObject({ overdue: false, dueInDays: 0 });
    expect(tomorrow).toMatchObject({ overdue: false, dueInDays: 1 });
  });

  it('done and cancelled follow-ups are never overdue', async () => {
    const url = `/api/clients/${clientId}/follow-ups`;
    for (const status of ['done', 'cancelled'] as const) {
      const late = await createFollowUp(amelia, url, { dueDate: addDays(today, -10) });
      const response = await amelia.patch(`/api/follow-ups/${late.id}`, { status }, '"1"');
      expect(response.statusCode).toBe(200);
      expect(FollowUpSchema.parse(response.json())).toMatchObject({
        status,
        overdue: false,
        dueInDays: -10,
      });
    }
  });

  it('is not stored: the table has no overdue column', async () => {
    await createFollowUp(amelia, `/api/clients/${clientId}/follow-ups`);
    const row = await t.db.selectFrom('follow_ups').selectAll().executeTakeFirstOrThrow();
    expect(Object.keys(row)).not.toContain('overdue');
  });
});

describe('GET follow-ups of a client or a case', () => {
  it('lists a client follow-ups, filtered by status', async () => {
    const url = `/api/clients/${clientId}/follow-ups`;
    const open = await createFollowUp(amelia, url, { title: 'Open one' });
    const done = await createFollowUp(amelia, url, { title: 'Done one' });
    await amelia.patch(`/api/follow-ups/${done.id}`, { status: 'done' }, '"1"');
    await createFollowUp(amelia, `/api/clients/${otherClientId}/follow-ups`);

    const all = FollowUpPageSchema.parse((await amelia.get(url)).json());
    expect(all.items.map((f) => f.id).sort()).toEqual([open.id, done.id].sort());
    const onlyOpen = FollowUpPageSchema.parse((await amelia.get(`${url}?status=open`)).json());
    expect(onlyOpen.items.map((f) => f.id)).toEqual([open.id]);
  });

  it('lists a case follow-ups only', async () => {
    const onCase = await createFollowUp(amelia, `/api/cases/${demoCase.id}/follow-ups`);
    await createFollowUp(amelia, `/api/clients/${clientId}/follow-ups`);
    const page = FollowUpPageSchema.parse(
      (await amelia.get(`/api/cases/${demoCase.id}/follow-ups`)).json(),
    );
    expect(page.items.map((f) => f.id)).toEqual([onCase.id]);
  });

  it('answers 404 for an unknown client or case, and 400 for an unknown status', async () => {
    expect((await amelia.get('/api/clients/cl-nope/follow-ups')).statusCode).toBe(404);
    expect((await amelia.get('/api/cases/cs-nope/follow-ups')).statusCode).toBe(404);
    const bad = await amelia.get(`/api/clients/${clientId}/follow-ups?status=overdue`);
    expect(bad.statusCode).toBe(400);
  });

  it('GET /api/follow-ups/:id answers the follow-up with its ETag, or 404', async () => {
    const created = await createFollowUp(amelia, `/api/clients/${clientId}/follow-ups`);
    const response = await amelia.get(`/api/follow-ups/${created.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(FollowUpSchema.parse(response.json())).toEqual(created);
    expect((await amelia.get('/api/follow-ups/nope')).statusCode).toBe(404);
    // Another relationship team's client's follow-up does not exist for Rahul.
    expect((await rahul.get(`/api/follow-ups/${created.id}`)).statusCode).toBe(404);
  });
});
