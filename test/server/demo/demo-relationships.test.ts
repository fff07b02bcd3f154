import { describe, expect, it } from 'vitest';
import { demoData } from '../../../server/demo/demo-data';
import type { DemoFollowUp } from '../../../server/demo/demo-work.types';

const { users, clients, cases, followUps, interactions, clientWatch, mailbox } = demoData;
const userIds = new Set(users.map((u) => u.id));
const clientById = new Map(clients.map((c) => [c.id, c]));
const caseById = new Map(cases.map((c) => [c.id, c]));

/** Every follow-up, those promised in interactions included. */
const everyFollowUp: DemoFollowUp[] = [
  ...followUps,
  ...interactions.flatMap((i) =>
    i.promises.map((p) => ({
      ...p,
      clientId: i.clientId,
      createdBy: i.recordedBy,
      created: i.occurred,
    })),
  ),
];

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('demo follow-ups and interactions', () => {
  it('refer to existing clients, users and cases, each case of the same client', () => {
    expect(duplicates(everyFollowUp.map((f) => f.id))).toEqual([]);
    expect(duplicates(interactions.map((i) => i.id))).toEqual([]);
    for (const f of everyFollowUp) {
      expect(clientById.has(f.clientId), f.id).toBe(true);
      expect(userIds.has(f.ownerId) && userIds.has(f.createdBy), f.id).toBe(true);
      if (f.caseId) expect(caseById.get(f.caseId)?.clientId, f.id).toBe(f.clientId);
    }
    for (const i of interactions) {
      expect(clientById.has(i.clientId), i.id).toBe(true);
      expect(userIds.has(i.recordedBy), i.id).toBe(true);
      if (i.sourceItemId) expect(mailbox.map((m) => m.itemId)).toContain(i.sourceItemId);
    }
  });

  it('leaves cl-001, cl-002 and cs-001 bare, as other tests start from them', () => {
    const bare = new Set(['cl-001', 'cl-002']);
    expect(everyFollowUp.filter((f) => bare.has(f.clientId) || f.caseId === 'cs-001')).toEqual([]);
    expect(interactions.filter((i) => bare.has(i.clientId))).toEqual([]);
    expect(clientWatch.filter((w) => bare.has(w.clientId))).toEqual([]);
  });

  it('gives a completion time to finished follow-ups only', () => {
    for (const f of everyFollowUp) {
      expect(f.completed !== undefined, f.id).toBe(f.status !== 'open');
    }
  });

  it('has overdue, due-soon and done follow-ups for the clients of both relationship managers', () => {
    for (const rm of ['u-rm-amelia', 'u-rm-rahul']) {
      const theirs = everyFollowUp.filter((f) => clientById.get(f.clientId)?.ownerId === rm);
      const open = theirs.filter((f) => f.status === 'open');
      expect(
        open.some((f) => f.dueInDays < 0),
        rm,
      ).toBe(true);
      expect(
        open.some((f) => f.dueInDays >= 0 && f.dueInDays <= 7),
        rm,
      ).toBe(true);
      expect(
        theirs.some((f) => f.status === 'done'),
        rm,
      ).toBe(true);
      expect(
        theirs.some((f) => f.caseId),
        rm,
      ).toBe(true);
    }
  });

  it('records two or three interactions, one sensitive and one whose promises became follow-ups', () => {
    expect(interactions.length).toBeGreaterThanOrEqual(2);
    expect(interactions.length).toBeLessThanOrEqual(3);
    expect(interactions.some((i) => i.sensitive)).toBe(true);
    expect(interactions.some((i) => i.promises.length > 0)).toBe(true);
  });
});

describe('demo client watch', () => {
  it('marks a vulnerable client with a note, restrictions, and a review within 30 days', () => {
    for (const w of clientWatch) expect(clientById.has(w.clientId), w.clientId).toBe(true);
    expect(clientWatch.some((w) => w.vulnerabilityNote)).toBe(true);
    expect(clientWatch.some((w) => (w.restrictions ?? []).length > 0)).toBe(true);
    expect(
      clientWatch.some(
        (w) =>
          w.nextReviewInDays !== undefined && w.nextReviewInDays >= 0 && w.nextReviewInDays <= 30,
      ),
    ).toBe(true);
  });
});
