import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, londonToday } from '../../../shared/follow-ups/due-date';
import { FollowUpPageSchema, type FollowUp } from '../../../shared/follow-ups/follow-up.schema';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs, createFollowUp, type Api } from './follow-up.fixtures';

let t: TestApp;
let amelia: Api;
let rahul: Api;

const clientUrl = `/api/clients/${demoData.clients[0]?.id ?? 'missing'}/follow-ups`;
const today = londonToday();

beforeEach(async () => {
  t = await createTestApp();
  amelia = apiAs(t, await t.tokenFor('u-rm-amelia'));
  rahul = apiAs(t, await t.tokenFor('u-rm-rahul'));
});

afterEach(async () => {
  await t.close();
});

async function page(api: Api, url: string) {
  const response = await api.get(url);
  expect(response.statusCode, JSON.stringify(response.json())).toBe(200);
  return FollowUpPageSchema.parse(response.json());
}

/** Follows nextCursor to the end and answers every item in order. */
async function allPages(api: Api, url: string): Promise<{ items: FollowUp[]; pages: number }> {
  const items: FollowUp[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const next = await page(api, cursor ? `${url}${separator}cursor=${cursor}` : url);
    items.push(...next.items);
    cursor = next.nextCursor;
    pages += 1;
  } while (cursor && pages < 50);
  return { items, pages };
}

describe('GET /api/follow-ups (my work)', () => {
  it('lists only the caller follow-ups, open ones with status=open', async () => {
    const mine = await createFollowUp(amelia, clientUrl);
    await createFollowUp(rahul, clientUrl);
    const done = await createFollowUp(amelia, clientUrl);
    await amelia.patch(`/api/follow-ups/${done.id}`, { status: 'done' }, '"1"');

    const open = await page(amelia, '/api/follow-ups?owner=me&status=open');
    expect(open.items.map((f) => f.id)).toEqual([mine.id]);
    const everything = await page(amelia, '/api/follow-ups');
    expect(everything.items.map((f) => f.id).sort()).toEqual([mine.id, done.id].sort());
  });

  it('orders overdue first, then by due date, whatever the status', async () => {
    // A done follow-up with an old date must not sort above open overdue ones.
    const oldDone = await createFollowUp(amelia, clientUrl, { dueDate: addDays(today, -30) });
    await amelia.patch(`/api/follow-ups/${oldDone.id}`, { status: 'done' }, '"1"');
    const later = await createFollowUp(amelia, clientUrl, { dueDate: addDays(today, 5) });
    const lateOne = await createFollowUp(amelia, clientUrl, { dueDate: addDays(today, -2) });
    const dueToday = await createFollowUp(amelia, clientUrl, { dueDate: today });
    const lateTwo = await createFollowUp(amelia, clientUrl, { dueDate: addDays(today, -1) });

    const listed = await page(amelia, '/api/follow-ups?owner=me');
    expect(listed.items.map((f) => f.id)).toEqual([
      lateOne.id,
      lateTwo.id,
      oldDone.id,
      dueToday.id,
      later.id,
    ]);
    expect(listed.items.map((f) => f.overdue)).toEqual([true, true, false, false, false]);
  });

  it('pages with a cursor without repeats or gaps', async () => {
    const created: FollowUp[] = [];
    for (let offset = -4; offset < 7; offset++) {
      // Two per date for some days, so ties on the due date are broken by id.
      created.push(await createFollowUp(amelia, clientUrl, { dueDate: addDays(today, offset) }));
      if (offset % 3 === 0) {
        created.push(await createFollowUp(amelia, clientUrl, { dueDate: addDays(today, offset) }));
      }
    }
    const whole = await page(amelia, '/api/follow-ups?owner=me&status=open&limit=100');
    const paged = await allPages(amelia, '/api/follow-ups?owner=me&status=open&limit=3');

    expect(paged.pages).toBe(Math.ceil(created.length / 3));
    expect(new Set(paged.items.map((f) => f.id)).size).toBe(created.length);
    expect(paged.items.map((f) => f.id)).toEqual(whole.items.map((f) => f.id));
    expect(paged.items.filter((f) => f.overdue)).toHaveLength(5);
  });

  it('answers another owner by id, and 400 for a cursor it never issued', async () => {
    const rahuls = await createFollowUp(rahul, clientUrl);
    const listed = await page(amelia, '/api/follow-ups?owner=u-rm-rahul');
    expect(listed.items.map((f) => f.id)).toEqual([rahuls.id]);
    expect((await amelia.get('/api/follow-ups?cursor=bm9wZQ')).statusCode).toBe(400);
  });
});
