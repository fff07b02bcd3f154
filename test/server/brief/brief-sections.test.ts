import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientBriefSchema } from '../../../shared/clients/brief.schema';
import type { Case } from '../../../shared/cases/case.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { londonToday } from '../../../shared/follow-ups/due-date';
import { wholeYearsBetween } from '../../../server/brief/brief.service';
import { createTestApp, type TestApp } from '../../support/test-app';
import {
  briefOf,
  busyClientId,
  plainNotes,
  restrictions,
  sensitiveNotes,
  setUpBusyClient,
  vulnerabilityNote,
  type BusyClient,
} from './brief-busy-client';
import { caseFor, getBrief, insertClient, linkEmail, recordInteraction } from './brief-scenario';

// The brief's shape, and the sections that describe the client rather than its open work.

let t: TestApp;
let busy: BusyClient;
// A second client with little on record, so each kind of activity is among its ten newest.
const activityClientId = 'cl-brief-activity';
let activityCase: Case;

async function activityBrief() {
  return (await briefOf(t, activityClientId)).brief;
}

beforeAll(async () => {
  t = await createTestApp();
  busy = await setUpBusyClient(t);
  await insertClient(t, activityClientId);
  activityCase = await caseFor(t, activityClientId, 'document_request', 'Statement request');
  await linkEmail(t, activityCase.id, 'Statement for March', 1 / 24);
  await recordInteraction(t, activityClientId, {
    purpose: 'Staff conduct review',
    notes: sensitiveNotes,
    sensitive: true,
    daysAgo: 2 / 24,
  });
  await recordInteraction(t, activityClientId, {
    purpose: 'Facility renewal',
    notes: plainNotes,
    sensitive: false,
    daysAgo: 3 / 24,
  });
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/clients/:id/brief', () => {
  it('answers all six sections in the shared shape', () => {
    expect(Object.keys(busy.brief).sort()).toEqual(
      [
        'accountContext',
        'generatedAt',
        'openItems',
        'recentActivity',
        'relationshipSnapshot',
        'suggestedActions',
        'watchItems',
      ].sort(),
    );
  });

  it('never shows the notes of a sensitive interaction, though it lists the interaction', async () => {
    expect(busy.body).not.toContain('SENSITIVE-NOTES');
    const items = (await activityBrief()).recentActivity.items;
    expect(JSON.stringify(items)).not.toContain('SENSITIVE-NOTES');
    const sensitive = items.find((i) => i.title === 'Staff conduct review');
    expect(sensitive).toMatchObject({
      kind: 'interaction',
      sensitive: true,
      interactionKind: 'meeting',
    });
    expect(sensitive).not.toHaveProperty('detail');
    expect(items.find((i) => i.title === 'Facility renewal')).toMatchObject({
      kind: 'interaction',
      sensitive: false,
      detail: plainNotes,
    });
  });

  it('merges interactions, linked emails and case events newest first', async () => {
    const items = (await activityBrief()).recentActivity.items;
    const times = items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set(['interaction', 'email', 'case_event']),
    );
    const email = items.find((i) => i.title === 'Statement for March');
    expect(email).toMatchObject({ kind: 'email', caseId: activityCase.id });
    expect(email?.caseReference).toBe(activityCase.reference);
    const event = items.find((i) => i.kind === 'case_event');
    expect(event).toMatchObject({ caseId: activityCase.id, caseReference: activityCase.reference });
    expect(event?.title).toBe('Rahul Mehta created the case "Statement request"');
  });

  it('keeps only the ten newest lines of activity', () => {
    const items = busy.brief.recentActivity.items;
    expect(items).toHaveLength(10);
    const times = items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('shows the restrictions, vulnerability and review date set on the client', () => {
    expect(busy.brief.watchItems).toMatchObject({
      riskRating: 'high',
      restrictions,
      vulnerable: true,
      vulnerabilityNote,
      nextReviewDate: busy.reviewDate,
    });
  });

  it('counts complaints in the last 12 months and in all, naming the open ones', () => {
    expect(busy.brief.watchItems.complaintHistory).toEqual({
      last12Months: 1,
      total: 2,
      openReferences: [busy.atRisk.reference],
    });
  });

  it('lists open escalations with their reason, deadline and case', () => {
    const escalations = busy.brief.watchItems.openEscalations;
    expect(escalations.map((e) => e.caseReference)).toContain(busy.atRisk.reference);
    const finalResponse = escalations.find((e) => /final response clock/.test(e.reason));
    expect(finalResponse).toMatchObject({ caseId: busy.atRisk.id, decideRole: 'manager' });
    expect(Date.parse(finalResponse?.decideBy ?? '')).toBeGreaterThan(Date.now());
  });

  it('sums up the relationship: owner, tenure, distinct products, contacts with a role first', () => {
    const snapshot = busy.brief.relationshipSnapshot;
    expect(snapshot.client).toEqual({
      id: busyClientId,
      name: `Brief Test Holdings ${busyClientId}`,
      segment: 'commercial',
      ownerId: 'u-rm-rahul',
      ownerName: 'Rahul Mehta',
    });
    expect(snapshot.tenure).toEqual({
      clientSince: '2015-06-01',
      years: wholeYearsBetween('2015-06-01', londonToday()),
    });
    expect(snapshot.products).toEqual(['Business current account', 'Deposit account']);
    expect(snapshot.keyContacts.map((c) => [c.name, c.role])).toEqual([
      ['Blake Treasurer', 'Treasurer'],
      ['Avery Nobody', null],
    ]);
  });

  it('gives each account with its balance as a decimal string', () => {
    expect(busy.brief.accountContext.accounts.map((a) => [a.product, a.balance, a.status])).toEqual(
      [
        ['Business current account', '12500.00', 'active'],
        ['Business current account', '-250.50', 'active'],
        ['Deposit account', '100000.00', 'dormant'],
      ],
    );
  });

  it('answers a client with nothing on record with every section present and empty lists', async () => {
    await t.db
      .insertInto('clients')
      .values({
        id: 'cl-brief-empty',
        name: 'Quiet Client',
        segment: 'retail',
        owner_id: 'u-rm-rahul',
        client_since: '2024-01-15',
        risk_rating: 'low',
        created_at: new Date().toISOString(),
      })
      .execute();
    const response = await getBrief(t, 'cl-brief-empty');
    expect(response.statusCode).toBe(200);
    const empty = ClientBriefSchema.parse(response.json());
    expect(empty.openItems).toEqual({
      cases: [],
      followUps: [],
      approvals: [],
      missingEvidence: [],
    });
    expect(empty.recentActivity.items).toEqual([]);
    expect(empty.accountContext.accounts).toEqual([]);
    expect(empty.suggestedActions.items).toEqual([]);
    expect(empty.relationshipSnapshot.products).toEqual([]);
    expect(empty.watchItems).toMatchObject({
      restrictions: [],
      vulnerable: false,
      vulnerabilityNote: null,
      complaintHistory: { last12Months: 0, total: 0, openReferences: [] },
      openEscalations: [],
    });
  });

  it('answers 404 not_found for an unknown client', async () => {
    const response = await getBrief(t, 'cl-does-not-exist');
    expect(response.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(response.json()).error.code).toBe('not_found');
  });
});
