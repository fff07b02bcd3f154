import { expect } from 'vitest';
import { ClientBriefSchema, type ClientBrief } from '../../../shared/clients/brief.schema';
import type { Case } from '../../../shared/cases/case.schema';
import { addDays, londonToday } from '../../../shared/follow-ups/due-date';
import { evaluateEscalations } from '../../../server/escalations/escalation.service';
import type { TestApp } from '../../support/test-app';
import {
  addFollowUp,
  addNoteEvidence,
  backdateCase,
  caseFor,
  getBrief,
  insertClient,
  linkEmail,
  moveCase,
  recordInteraction,
  requestCorrectionApproval,
} from './brief-scenario';

// A client with one of everything the brief shows, set up through the API, with the
// clock moved back in the database only where time must pass. Not a test file itself.

export const busyClientId = 'cl-brief-busy';
export const restrictions = [
  'No outbound payments over GBP 10,000',
  'Two signatories on every instruction',
];
export const vulnerabilityNote = 'Recently bereaved; prefers letters to calls.';
export const sensitiveNotes = 'SENSITIVE-NOTES: details of the staff member under review';
export const plainNotes = 'Discussed renewing the overdraft facility before the summer.';

const dayMs = 86_400_000;

export type BusyClient = Awaited<ReturnType<typeof setUpBusyClient>>;

/** Reads the brief through the API and checks it against the shared schema. */
export async function briefOf(t: TestApp, clientId: string) {
  const response = await getBrief(t, clientId);
  expect(response.statusCode, response.body).toBe(200);
  return { brief: ClientBriefSchema.parse(response.json()) as ClientBrief, body: response.body };
}

async function setUpCases(t: TestApp) {
  // A complaint 45 days old: its 56-calendar-day clocks are past three quarters, so at risk.
  const charged = await caseFor(t, busyClientId, 'complaint', 'Charged twice');
  const atRisk = await moveCase(t, charged, 'in_progress');
  await addNoteEvidence(t, atRisk.id, 'evidence_pack');
  await backdateCase(t, atRisk.id, 45);
  await linkEmail(t, atRisk.id, 'Re: charged twice, any news?', 0.25);

  const correction = await moveCase(
    t,
    await caseFor(t, busyClientId, 'operational_correction'),
    'in_progress',
  );
  const approvalId = (await requestCorrectionApproval(t, correction.id)).id;
  await t.db
    .updateTable('approvals')
    .set({ requested_at: new Date(Date.now() - 3 * dayMs).toISOString() })
    .where('id', '=', approvalId)
    .execute();

  const closedComplaint: Case = await caseFor(t, busyClientId, 'complaint', 'Old complaint');
  await t.db
    .updateTable('cases')
    .set({ stage: 'closed', created_at: new Date(Date.now() - 730 * dayMs).toISOString() })
    .where('id', '=', closedComplaint.id)
    .execute();
  return { atRisk, correction, closedComplaint, approvalId };
}

/** Sets up the busy client and answers what the tests need to recognise in its brief. */
export async function setUpBusyClient(t: TestApp) {
  const reviewDate = addDays(londonToday(), 10);
  await insertClient(t, busyClientId, {
    restrictions,
    vulnerabilityNote,
    nextReviewDate: reviewDate,
  });
  const cases = await setUpCases(t);
  const overdue = await addFollowUp(t, busyClientId, 'Send the signed mandate', -3);
  const later = await addFollowUp(t, busyClientId, 'Book the annual review', 5);
  await recordInteraction(t, busyClientId, {
    purpose: 'Staff conduct review',
    notes: sensitiveNotes,
    sensitive: true,
    daysAgo: 1,
  });
  await recordInteraction(t, busyClientId, {
    purpose: 'Facility renewal',
    notes: plainNotes,
    sensitive: false,
    daysAgo: 2,
  });
  await evaluateEscalations(t.db, new Date());
  return { ...cases, overdue, later, reviewDate, ...(await briefOf(t, busyClientId)) };
}
