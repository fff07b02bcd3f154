import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('the seeded audit trail', () => {
  it('stamps each event with when it happened, in the order it happened', async () => {
    const events = await t.db
      .selectFrom('audit_events')
      .select(['stream', 'seq', 'at'])
      .where('stream', 'like', 'case:%')
      .orderBy('stream')
      .orderBy('seq')
      .execute();
    expect(events.length).toBeGreaterThan(20);
    const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
    expect(events.some((e) => new Date(e.at).getTime() < dayAgo)).toBe(true);
    for (let i = 1; i < events.length; i += 1) {
      const [prev, next] = [events[i - 1], events[i]];
      if (prev && next && prev.stream === next.stream)
        expect(next.at >= prev.at, `${next.stream} #${next.seq}`).toBe(true);
    }
  });
});
