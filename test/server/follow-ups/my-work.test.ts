import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, londonToday } from '../../../shared/follow-ups/due-date';
import { FollowUpPageSchema, type FollowUp } from '../../../shared/follow-ups/follow-up.schema';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs, createFollowUp, type Api } from './follow-up.fixtures';

let t: TestApp;
let amelia: Api;
let rahul: Api;
let grace: Api;
let owen: Api;

function clientOf(ownerId: string): string {
  return demoData.clients.find((c) => c.ownerId === ownerId)?.id ?? 'missing';
}

const ameliasClientUrl = `/api/clients/${clientOf('u-rm-amelia')}/follow-ups`;
const rahulsClientUrl = `/api/clients/${clientOf('u-rm-rahul')}/follow-ups`;
// A case on one of Rahul's clients: Rahul's team and the service team see it, Amelia's does not.
const rahulsCase =
  demoData.cases.find(
    (c) => demoData.clients.find((client) => client.id === c.clientId)?.ownerId === 'u-rm-rahul',
  )?.id ?? 'missing';
const today = londonToday();

beforeEach(async () => {
  t = await createTestApp();
  amelia = apiAs(t, await t.tokenFor('u-rm-amelia'));
  rahul = apiAs(t, await t.tokenFor('u-rm-rahul'));
  grace = apiAs(t, await t.tokenFor('u-mg-grace'));
  owen = apiAs(t, await t.tokenFor('u-au-owen'));
});

afterEach(async () => {
  await t.close();
});

async function page(api: Api, url: string) {
  const response = await api.get(url);
  expect(response.statusCode, JSON.stringify(response.json())).toBe(200);
  return FollowUpPageSchema.parse(response.json());
}

/**
 * The whole list in one page. The demo data has follow-ups of its own, so tests look
 * for the ones they made and check every item against the filter.
 */
async function wholeList(api: Api, url: string): Promise<FollowUp[]> {
  const separator = url.includes('?') ? '&' : '?';
  const all = await page(api, `${url}${separator}limit=100`);
  expect(all.nextCursor, 'the list should fit in one page of 100').toBeUndefined();
  return all.items;
}

/** Follows nextCursor to the end and answers every item in order. */
async function allPages(api: Api, url: string): Promise<{ items: FollowUp[]; pages: number }> {
  const items: FollowUp[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const next = await page(
      api,
      cursor ? `${url}${separator}cursor=${encodeURIComponent(cursor)}` : url,
    );
    items.push(...next.items);
    cursor = next.nextCursor;
    pages += 1;
  } while (cursor && pages < 50);
  return { items, pages };
}

/** The ids in `items` that belong to `ours`, in list order. */
function idsAmong(items: FollowUp[], ...ours: FollowUp[]): string[] {
  const wanted = new Set(ours.map((f) => f.id));
  return items.map((f) => f.id).filter((id) => wanted.has(id));
}

/** Checks every item belongs to the owner and, when given, has the status. */
function expectAllOf(items: FollowUp[], ownerId: string, status?: FollowUp['status']) {
  expect(items.filter((f) => f.ownerId !== ownerId)).toEqual([]);
  if (status) expect(items.filter((f) => f.status !== status)).toEqual([]);
}

/** Checks the list is in work order: overdue first, then by due date. */
function expectWorkOrder(items: FollowUp[]) {
  for (const f of items) expect(f.overdue).toBe(f.status === 'open' && f.dueDate < today);
  const rank = (f: FollowUp) => (f.overdue ? 0 : 1);
  // A stable sort leaves ties (broken by id on the server) where they were.
  const sorted = [...items].sort((a, b) =>
    rank(a) === rank(b) ? a.dueDate.localeCompare(b.dueDate) : rank(a) - rank(b),
  );
  expect(items.map((f) => f.id)).toEqual(sorted.map((f) => f.id));
}

describe('GET /api/follow-ups (my work)', () => {
  it('lists only the caller follow-ups, open ones with status=open', async () => {
    const mine = await createFollowUp(amelia, ameliasClientUrl);
    // Rahul's on Amelia's client, which she may see, and on his own client.
    const forRahul = await createFollowUp(amelia, ameliasClientUrl, { ownerId: 'u-rm-rahul' });
    const rahuls = await createFollowUp(rahul, rahulsClientUrl);
    const done = await createFollowUp(amelia, ameliasClientUrl);
    await amelia.patch(`/api/follow-ups/${done.id}`, { status: 'done' }, '"1"');
    const ours = [mine, forRahul, rahuls, done];

    const open = await wholeList(amelia, '/api/follow-ups?owner=me&status=open');
    expect(idsAmong(open, ...ours)).toEqual([mine.id]);
    expectAllOf(open, 'u-rm-amelia', 'open');
    const everything = await wholeList(amelia, '/api/follow-ups');
    expect(idsAmong(everything, ...ours).sort()).toEqual([mine.id, done.id].sort());
    expectAllOf(everything, 'u-rm-amelia');
    // status=open is exactly the open part of the unfiltered list, in the same order.
    expect(open.map((f) => f.id)).toEqual(
      everything.filter((f) => f.status === 'open').map((f) => f.id),
    );
  });

  it('orders overdue first, then by due date, whatever the status', async () => {
    // A done follow-up with an old date must not sort above open overdue ones.
    const oldDone = await createFollowUp(amelia, ameliasClientUrl, {
      dueDate: addDays(today, -30),
    });
    await amelia.patch(`/api/follow-ups/${oldDone.id}`, { status: 'done' }, '"1"');
    const later = await createFollowUp(amelia, ameliasClientUrl, { dueDate: addDays(today, 5) });
    const lateOne = await createFollowUp(amelia, ameliasClientUrl, {
      dueDate: addDays(today, -2),
    });
    const dueToday = await createFollowUp(amelia, ameliasClientUrl, { dueDate: today });
    const lateTwo = await createFollowUp(amelia, ameliasClientUrl, {
      dueDate: addDays(today, -1),
    });

    const listed = await wholeList(amelia, '/api/follow-ups?owner=me');
    const ours = [oldDone, later, lateOne, dueToday, lateTwo];
    const expected = [lateOne, lateTwo, oldDone, dueToday, later];
    expect(idsAmong(listed, ...ours)).toEqual(expected.map((f) => f.id));
    const overdue = new Map(listed.map((f) => [f.id, f.overdue]));
    expect(expected.map((f) => overdue.get(f.id))).toEqual([true, true, false, false, false]);
    expectAllOf(listed, 'u-rm-amelia');
    expectWorkOrder(listed);
  });

  it('pages with a cursor without repeats or gaps', async () => {
    const created: FollowUp[] = [];
    for (let offset = -4; offset < 7; offset++) {
      // Two per date for some days, so ties on the due date are broken by id.
      created.push(
        await createFollowUp(amelia, ameliasClientUrl, { dueDate: addDays(today, offset) }),
      );
      if (offset % 3 === 0) {
        created.push(
          await createFollowUp(amelia, ameliasClientUrl, { dueDate: addDays(today, offset) }),
        );
      }
    }
    const whole = await wholeList(amelia, '/api/follow-ups?owner=me&status=open');
    const paged = await allPages(amelia, '/api/follow-ups?owner=me&status=open&limit=3');

    expect(idsAmong(whole, ...created)).toHaveLength(created.length);
    expect(paged.pages).toBe(Math.ceil(whole.length / 3));
    expect(new Set(paged.items.map((f) => f.id)).size).toBe(whole.length);
    expect(paged.items.map((f) => f.id)).toEqual(whole.map((f) => f.id));
    expectAllOf(paged.items, 'u-rm-amelia', 'open');
    expectWorkOrder(paged.items);
    const ours = new Set(created.map((f) => f.id));
    expect(paged.items.filter((f) => ours.has(f.id) && f.overdue)).toHaveLength(5);
  });

  it('answers another owner by id, and 400 for a cursor it never issued', async () => {
    // Rahul's follow-ups: on Amelia's client, on his own client, and on a case of his client.
    const onAmelias = await createFollowUp(amelia, ameliasClientUrl, { ownerId: 'u-rm-rahul' });
    const onHis = await createFollowUp(rahul, rahulsClientUrl);
    const onCase = await createFollowUp(rahul, `/api/cases/${rahulsCase}/follow-ups`);
    const ours = [onAmelias, onHis, onCase];
    expect((await grace.get(`/api/cases/${rahulsCase}`)).statusCode).toBe(200);
    expect((await amelia.get(`/api/cases/${rahulsCase}`)).statusCode).toBe(404);

    // An auditor sees them all.
    const asOwen = await wholeList(owen, '/api/follow-ups?owner=u-rm-rahul');
    expect(idsAmong(asOwen, ...ours).sort()).toEqual(ours.map((f) => f.id).sort());
    expectAllOf(asOwen, 'u-rm-rahul');
    expectWorkOrder(asOwen);
    // A manager sees those on the cases their teams work, not client relationship work.
    const asGrace = await wholeList(grace, '/api/follow-ups?owner=u-rm-rahul');
    expect(idsAmong(asGrace, ...ours)).toEqual([onCase.id]);
    expectAllOf(asGrace, 'u-rm-rahul');
    // Another relationship manager sees those on their own clients' work only.
    const asAmelia = await wholeList(amelia, '/api/follow-ups?owner=u-rm-rahul');
    expect(idsAmong(asAmelia, ...ours)).toEqual([onAmelias.id]);
    expectAllOf(asAmelia, 'u-rm-rahul');
    // Whatever a viewer sees of Rahul's list, the auditor sees too.
    const owens = new Set(asOwen.map((f) => f.id));
    expect([...asGrace, ...asAmelia].filter((f) => !owens.has(f.id))).toEqual([]);

    expect((await amelia.get('/api/follow-ups?cursor=bm9wZQ')).statusCode).toBe(400);
  });
});
