import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApprovalPageSchema, type Approval } from '../../../shared/approvals/approval.schema';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiFor, approvalOf, bearers, errorOf, validRequest } from './approval-helpers';

let t: TestApp;
let api: ReturnType<typeof apiFor>;
let who: Awaited<ReturnType<typeof bearers>>;

beforeEach(async () => {
  t = await createTestApp();
  api = apiFor(t);
  who = await bearers(t);
});

afterEach(async () => {
  await t.close();
});

/** The order lists use: request time, then id for requests made in the same millisecond. */
function inRequestOrder(...approvals: Approval[]): string[] {
  return [...approvals]
    .sort((a, b) =>
      a.requestedAt === b.requestedAt
        ? a.id < b.id
          ? -1
          : 1
        : a.requestedAt < b.requestedAt
          ? -1
          : 1,
    )
    .map((a) => a.id);
}

async function page(authorization: string, url: string) {
  const response = await api.get(authorization, url);
  expect(response.statusCode).toBe(200);
  return ApprovalPageSchema.parse(response.json());
}

/**
 * The whole list in one page. The demo data has approvals of its own, so tests look
 * for the ones they made and check every item against the filter.
 */
async function wholeList(authorization: string, url: string): Promise<Approval[]> {
  const separator = url.includes('?') ? '&' : '?';
  const all = await page(authorization, `${url}${separator}limit=100`);
  expect(all.nextCursor, 'the list should fit in one page of 100').toBeUndefined();
  return all.items;
}

/** The ids in `items` that belong to `ours`, in list order. */
function idsAmong(items: Approval[], ...ours: Approval[]): string[] {
  const wanted = new Set(ours.map((a) => a.id));
  return items.map((a) => a.id).filter((id) => wanted.has(id));
}

/** Sofia, Tom and Grace each request one refund; Grace's own is decided by Mike. */
async function threeRequests() {
  const created = await api.createCase(who.sofia, 'payment_investigation');
  const bySofia = approvalOf(await api.request(who.sofia, created.id, validRequest.refund));
  const byTom = approvalOf(await api.request(who.tom, created.id, validRequest.refund));
  const byGrace = approvalOf(await api.request(who.grace, created.id, validRequest.refund));
  await api.decide(who.mike, byGrace.id, { decision: 'approved' });
  return { caseId: created.id, bySofia, byTom, byGrace };
}

describe('GET /api/cases/:id/approvals', () => {
  it("lists a case's approvals oldest first, with what the caller may do", async () => {
    const { caseId, bySofia, byTom, byGrace } = await threeRequests();
    const { items } = await page(who.sofia, `/api/cases/${caseId}/approvals`);
    expect(items.map((a) => a.id)).toEqual(inRequestOrder(bySofia, byTom, byGrace));
    expect(items.map((a) => a.canDecide)).toEqual([false, false, false]);
    const asGrace = await page(who.grace, `/api/cases/${caseId}/approvals`);
    const decidable = Object.fromEntries(asGrace.items.map((a) => [a.id, a.canDecide]));
    expect(decidable).toEqual({ [bySofia.id]: true, [byTom.id]: true, [byGrace.id]: false });
  });

  it('answers 404 for an unknown case', async () => {
    const response = await api.get(who.sofia, `/api/cases/${randomUUID()}/approvals`);
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/approvals', () => {
  it('gives a manager the pending approvals they may decide, leaving out their own', async () => {
    const { bySofia, byTom, byGrace } = await threeRequests();
    const graceOwn = approvalOf(
      await api.request(who.grace, (await api.createCase(who.sofia, 'complaint')).id, {
        ...validRequest.refund,
        kind: 'redress',
      }),
    );
    const ours = [bySofia, byTom, byGrace, graceOwn];
    const inbox = await wholeList(who.grace, '/api/approvals?status=pending&mine=decidable');
    expect(idsAmong(inbox, ...ours)).toEqual(inRequestOrder(bySofia, byTom));
    for (const approval of inbox) {
      expect(approval).toMatchObject({ status: 'pending', canDecide: true });
      expect(approval.requestedBy.id).not.toBe('u-mg-grace');
    }
    const mikes = await wholeList(who.mike, '/api/approvals?mine=decidable');
    expect(idsAmong(mikes, ...ours)).toEqual(inRequestOrder(bySofia, byTom, graceOwn));
    for (const approval of mikes) {
      expect(approval).toMatchObject({ status: 'pending', canDecide: true });
      expect(approval.requestedBy.id).not.toBe('u-test-mgr2');
    }
  });

  it('gives a service agent and an auditor an empty inbox', async () => {
    await threeRequests();
    expect((await page(who.tom, '/api/approvals?mine=decidable')).items).toEqual([]);
    expect((await page(who.owen, '/api/approvals?mine=decidable')).items).toEqual([]);
  });

  it("lists the caller's own requests, whatever their status", async () => {
    const { byGrace } = await threeRequests();
    const mine = await page(who.grace, '/api/approvals?mine=requested');
    expect(mine.items.map((a) => [a.id, a.status])).toEqual([[byGrace.id, 'approved']]);
    const pendingMine = await page(who.grace, '/api/approvals?mine=requested&status=pending');
    expect(pendingMine.items).toEqual([]);
  });

  it('filters by status, counting a pending approval past its expiry as expired', async () => {
    const { bySofia, byTom, byGrace } = await threeRequests();
    const ours = [bySofia, byTom, byGrace];
    await t.db
      .updateTable('approvals')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', byTom.id)
      .execute();
    const pending = await wholeList(who.owen, '/api/approvals?status=pending');
    expect(idsAmong(pending, ...ours)).toEqual([bySofia.id]);
    expect(pending.filter((a) => a.status !== 'pending')).toEqual([]);
    const expired = await wholeList(who.owen, '/api/approvals?status=expired');
    expect(idsAmong(expired, ...ours)).toEqual([byTom.id]);
    expect(expired.filter((a) => a.status !== 'expired')).toEqual([]);
    const approved = await wholeList(who.owen, '/api/approvals?status=approved');
    expect(idsAmong(approved, ...ours)).toEqual([byGrace.id]);
    expect(approved.filter((a) => a.status !== 'approved')).toEqual([]);
    const inbox = await wholeList(who.grace, '/api/approvals?mine=decidable');
    expect(idsAmong(inbox, ...ours)).toEqual([bySofia.id]);
    expect(inbox.filter((a) => a.status !== 'pending')).toEqual([]);
  });

  it('pages through the list with a cursor', async () => {
    const { bySofia, byTom, byGrace } = await threeRequests();
    const whole = await wholeList(who.owen, '/api/approvals');
    expect(idsAmong(whole, bySofia, byTom, byGrace)).toEqual(
      inRequestOrder(bySofia, byTom, byGrace),
    );

    const walked: string[] = [];
    let pages = 0;
    let cursor: string | undefined;
    do {
      const query = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : 'limit=2';
      const next = await page(who.owen, `/api/approvals?${query}`);
      expect(next.items.length).toBeLessThanOrEqual(2);
      if (next.nextCursor) expect(next.items).toHaveLength(2);
      walked.push(...next.items.map((a) => a.id));
      cursor = next.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);

    // The walk is the whole list: same ids in the same order, none repeated or missed.
    expect(pages).toBe(Math.ceil(whole.length / 2));
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(whole.map((a) => a.id));
  });

  it('answers 400 for a bad filter or cursor', async () => {
    for (const query of ['status=stuck', 'mine=everyone', 'cursor=not-a-cursor', 'limit=0']) {
      const response = await api.get(who.grace, `/api/approvals?${query}`);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).code).toBe('validation_failed');
    }
  });
});

describe('GET /api/approvals/:id', () => {
  it('returns the approval with its ETag, and 404 for an unknown id', async () => {
    const { bySofia } = await threeRequests();
    const found = await api.get(who.owen, `/api/approvals/${bySofia.id}`);
    expect(found.statusCode).toBe(200);
    expect(found.headers.etag).toBe('"1"');
    expect(approvalOf(found)).toMatchObject({ id: bySofia.id, canDecide: false });
    const missing = await api.get(who.owen, `/api/approvals/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('not_found');
  });
});
