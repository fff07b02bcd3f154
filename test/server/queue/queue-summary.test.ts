import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CasePageSchema } from '../../../shared/cases/case.schema';
import {
  QueueSummarySchema,
  queueBucketFilters,
  type QueueBucket,
} from '../../../shared/queue/queue.schema';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

async function get(userId: string, url: string) {
  const token = await t.tokenFor(userId);
  return t.app.inject({ url, headers: { authorization: `Bearer ${token}` } });
}

async function summaryOf(userId: string): Promise<Record<QueueBucket, number>> {
  const response = await get(userId, '/api/queue/summary');
  expect(response.statusCode).toBe(200);
  const { buckets } = QueueSummarySchema.parse(response.json());
  return Object.fromEntries(buckets.map((b) => [b.bucket, b.count])) as Record<QueueBucket, number>;
}

/** The list the pane shows for a pile: the same filter through `GET /api/cases`. */
async function listOf(userId: string, bucket: QueueBucket) {
  const { stage, slaState } = queueBucketFilters[bucket];
  const params = new URLSearchParams({ open: 'true', sort: 'sla', limit: '100' });
  if (stage) params.set('stage', stage.join(','));
  if (slaState) params.set('slaState', slaState.join(','));
  const response = await get(userId, `/api/cases?${params.toString()}`);
  return CasePageSchema.parse(response.json()).items;
}

describe('GET /api/queue/summary', () => {
  it('counts, for a manager, exactly the open cases each pile lists', async () => {
    const counts = await summaryOf('u-mg-grace');
    for (const bucket of Object.keys(counts) as QueueBucket[]) {
      const listed = await listOf('u-mg-grace', bucket);
      expect(counts[bucket], bucket).toBe(listed.length);
    }
    // The seed gives a lead something in every pile.
    expect(counts.needs_triage).toBeGreaterThan(0);
    expect(counts.waiting_customer).toBeGreaterThan(0);
    expect(counts.waiting_internal).toBeGreaterThan(0);
    expect(counts.at_risk).toBeGreaterThan(0);
    expect(counts.pending_approval).toBeGreaterThan(0);
  });

  it('counts only the cases the caller may see: a payments agent sees none of the service queues', async () => {
    const grace = await summaryOf('u-mg-grace');
    const tom = await summaryOf('u-sa-tom');
    expect(tom.needs_triage).toBe(0);
    expect(tom.pending_approval).toBe(0);
    expect(tom.at_risk).toBeLessThan(grace.at_risk);
    for (const bucket of Object.keys(tom) as QueueBucket[]) {
      expect(tom[bucket], bucket).toBe((await listOf('u-sa-tom', bucket)).length);
    }
  });

  it('leaves finished cases out of every pile', async () => {
    const grace = await summaryOf('u-mg-grace');
    const openAtRisk = await listOf('u-mg-grace', 'at_risk');
    expect(openAtRisk.every((c) => c.stage !== 'resolved' && c.stage !== 'closed')).toBe(true);
    expect(grace.at_risk).toBe(openAtRisk.length);
  });

  it('is refused to roles that work no queue', async () => {
    for (const userId of ['u-rm-amelia', 'u-au-owen', 'u-ad-nadia']) {
      const response = await get(userId, '/api/queue/summary');
      expect(response.statusCode, userId).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });

  it('needs a token', async () => {
    const response = await t.app.inject({ url: '/api/queue/summary' });
    expect(response.statusCode).toBe(401);
  });
});
