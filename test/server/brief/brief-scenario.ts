import { randomUUID } from 'node:crypto';
import { CaseSchema, type Case, type CaseType } from '../../../shared/cases/case.schema';
import { addDays, londonToday } from '../../../shared/follow-ups/due-date';
import { FollowUpSchema, type FollowUp } from '../../../shared/follow-ups/follow-up.schema';
import { createCase } from '../../factories/cases';
import type { TestApp } from '../../support/test-app';

// A client of its own for the brief tests, so every expectation is known whatever the demo holds.
// Not a test file itself.

const dayMs = 86_400_000;
// The client's relationship manager: they may see and do everything the brief shows.
const actor = 'u-rm-rahul';

type Injected = { statusCode: number; body: string; json: () => unknown };

async function call(
  t: TestApp,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
  ifMatch?: number,
) {
  const response: Injected = await t.app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${await t.tokenFor(actor)}`,
      ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
    },
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Inserts a client with two contacts and three accounts straight into the database. */
export async function insertClient(
  t: TestApp,
  id: string,
  watch: { restrictions?: string[]; vulnerabilityNote?: string; nextReviewDate?: string } = {},
) {
  await t.db
    .insertInto('clients')
    .values({
      id,
      name: `Brief Test Holdings ${id}`,
      segment: 'commercial',
      owner_id: 'u-rm-rahul',
      client_since: '2015-06-01',
      risk_rating: 'high',
      created_at: new Date().toISOString(),
      vulnerable: watch.vulnerabilityNote ? 1 : 0,
      vulnerability_note: watch.vulnerabilityNote ?? null,
      restrictions: JSON.stringify(watch.restrictions ?? []),
      next_review_date: watch.nextReviewDate ?? null,
    })
    .execute();
  await t.db
    .insertInto('contacts')
    .values([
      {
        id: `${id}-ct-a`,
        client_id: id,
        name: 'Avery Nobody',
        email: `avery@${id}.example`,
        email_domain: `${id}.example`,
        role: null,
      },
      {
        id: `${id}-ct-b`,
        client_id: id,
        name: 'Blake Treasurer',
        email: `blake@${id}.example`,
        email_domain: `${id}.example`,
        role: 'Treasurer',
      },
    ])
    .execute();
  const account = (n: number, product: string, balance: string) => ({
    id: `${id}-acc-${n}`,
    client_id: id,
    number: `40-00-0${n} 1234567${n}`,
    product,
    currency: 'GBP',
    balance,
    status: n === 3 ? 'dormant' : 'active',
  });
  await t.db
    .insertInto('accounts')
    .values([
      account(1, 'Business current account', '12500.00'),
      account(2, 'Business current account', '-250.50'),
      account(3, 'Deposit account', '100000.00'),
    ])
    .execute();
}

/** Makes a case for the client through the API, as the task pane would. */
export function caseFor(t: TestApp, clientId: string, type: CaseType, title = `A ${type}`) {
  return createCase(t, actor, { clientId, contactId: undefined, type, title });
}

export async function moveCase(t: TestApp, c: Case, to: string): Promise<Case> {
  return CaseSchema.parse(
    await call(t, 'POST', `/api/cases/${c.id}/transitions`, { to }, c.version),
  );
}

/** Moves everything about a case's timing back by whole days, so its clocks see that much time. */
export async function backdateCase(t: TestApp, caseId: string, days: number) {
  const shift = (iso: string) => new Date(Date.parse(iso) - days * dayMs).toISOString();
  const row = await t.db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  await t.db
    .updateTable('cases')
    .set({
      created_at: shift(row.created_at),
      updated_at: shift(row.updated_at),
      stage_entered_at: shift(row.stage_entered_at),
      acknowledged_at: row.acknowledged_at ? shift(row.acknowledged_at) : null,
    })
    .where('id', '=', caseId)
    .execute();
  const changes = await t.db
    .selectFrom('stage_changes')
    .select(['id', 'at'])
    .where('case_id', '=', caseId)
    .execute();
  for (const change of changes) {
    await t.db
      .updateTable('stage_changes')
      .set({ at: shift(change.at) })
      .where('id', '=', change.id)
      .execute();
  }
}

export function addNoteEvidence(t: TestApp, caseId: string, checklistKey: string) {
  return call(t, 'POST', `/api/cases/${caseId}/evidence`, {
    kind: 'note',
    title: `Evidence for ${checklistKey}`,
    text: 'Checked and recorded.',
    checklistKey,
  });
}

export function requestCorrectionApproval(t: TestApp, caseId: string) {
  return call(t, 'POST', `/api/cases/${caseId}/approvals`, {
    kind: 'correction',
    policyReference: 'OPS-CORR-2',
    rationale: 'Reverse the duplicated standing order the batch created on Monday.',
  }) as Promise<{ id: string }>;
}

export async function addFollowUp(
  t: TestApp,
  clientId: string,
  title: string,
  dueInDays: number,
): Promise<FollowUp> {
  const dueDate = addDays(londonToday(), dueInDays);
  return FollowUpSchema.parse(
    await call(t, 'POST', `/api/clients/${clientId}/follow-ups`, { title, dueDate }),
  );
}

export function recordInteraction(
  t: TestApp,
  clientId: string,
  fields: { purpose: string; notes: string; sensitive: boolean; daysAgo: number },
) {
  return call(t, 'POST', `/api/clients/${clientId}/interactions`, {
    kind: 'meeting',
    occurredAt: new Date(Date.now() - fields.daysAgo * dayMs).toISOString(),
    purpose: fields.purpose,
    notes: fields.notes,
    sensitive: fields.sensitive,
  });
}

export function linkEmail(t: TestApp, caseId: string, subject: string, daysAgo: number) {
  return call(t, 'POST', `/api/cases/${caseId}/links`, {
    email: {
      internetMessageId: `<${randomUUID()}@mail.example>`,
      subject,
      from: { name: 'Blake Treasurer', email: 'blake@client.example' },
      receivedAt: new Date(Date.now() - daysAgo * dayMs).toISOString(),
    },
  });
}

/** Asks for the brief as the client's relationship manager. */
export async function getBrief(t: TestApp, clientId: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/clients/${encodeURIComponent(clientId)}/brief`,
    headers: { authorization: `Bearer ${await t.tokenFor(actor)}` },
  });
}
