import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema } from '../../../shared/audit/audit.schema';
import { CaseDetailSchema } from '../../../shared/cases/case-detail.schema';
import { PreparedReplySchema } from '../../../shared/drafts/draft.schema';
import { listStreamEvents } from '../../../server/audit/audit.repository';
import { createCase } from '../../factories/cases';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs } from './draft-template-fixtures';

let t: TestApp;
let api: ReturnType<typeof apiAs>;

beforeEach(async () => {
  t = await createTestApp();
  api = apiAs(t);
});

afterEach(async () => {
  await t.close();
});

async function draft(userId: string, caseId: string, purpose: string) {
  return api(userId, 'POST', `/api/cases/${caseId}/drafts`, { payload: { purpose } });
}

describe('drafting a reply from a case', () => {
  it('fills every fact the case has: client, contact, reference, title, due date, owner and sender', async () => {
    // cs-003: a payment investigation in progress, owned by Tom, with a contact and a running resolution clock.
    const response = await draft('u-sa-tom', 'cs-003', 'acknowledge');
    expect(response.statusCode).toBe(200);
    const reply = PreparedReplySchema.parse(response.json());
    const detail = CaseDetailSchema.parse(
      (await api('u-sa-tom', 'GET', '/api/cases/cs-003')).json(),
    );
    expect(reply).toMatchObject({
      caseId: 'cs-003',
      purpose: 'acknowledge',
      templateId: 'payment_investigation.acknowledge',
      templateVersion: 1,
      missingFacts: [],
    });
    expect(reply.subject).toBe(`${detail.reference}: we are investigating your payment`);
    expect(reply.body).toMatch(/^Dear Mei Chen,/);
    expect(reply.body).toContain(`("${detail.title}")`);
    expect(reply.body).toContain(`under reference ${detail.reference}.`);
    const resolutionDue = detail.clocks.timers.find((c) => c.timer === 'resolution')?.dueAt;
    const ukDate = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
      timeZone: 'Europe/London',
    }).format(new Date(resolutionDue ?? 'missing'));
    expect(reply.body).toContain(`an answer by ${ukDate}, and`);
    expect(reply.body).toContain('Tom Okafor is handling it');
    expect(reply.body).toMatch(/Kind regards,\n\nTom Okafor$/);
    expect(reply.body).not.toMatch(/\{\{/);
  });

  it('asks the customer only for missing evidence they can supply, in their words', async () => {
    const made = await createCase(t, 'u-sa-sofia', { type: 'payment_investigation' });
    const reply = PreparedReplySchema.parse(
      (await draft('u-sa-sofia', made.id, 'request_missing_information')).json(),
    );
    expect(reply.body).toContain(
      'we need the following from you:\n\n- The payment confirmation or statement entry for the payment',
    );
    // "Customer update sent" is on the same checklist, but is the bank's own record.
    expect(reply.body).not.toContain('Customer update');
    expect(reply.missingFacts).toEqual([]);

    // cs-003 has its transaction record already: nothing to ask, so the handler fills it in.
    const nothingToAsk = PreparedReplySchema.parse(
      (await draft('u-sa-tom', 'cs-003', 'request_missing_information')).json(),
    );
    expect(nothingToAsk.body).toContain('from you:\n\n{{missing.items}}\n\n');
    expect(nothingToAsk.missingFacts).toEqual(['{{missing.items}}']);
  });

  it('leaves a missing fact visible as its placeholder, never blank, and lists it', async () => {
    // A new case with no contact, then left without an owner.
    const made = await createCase(t, 'u-sa-sofia', {
      contactId: undefined,
      type: 'account_maintenance',
    });
    const unassigned = await api('u-sa-sofia', 'PATCH', `/api/cases/${made.id}`, {
      payload: { ownerId: null },
      headers: { 'if-match': `"${made.version}"` },
    });
    expect(unassigned.statusCode).toBe(200);
    const reply = PreparedReplySchema.parse(
      (await draft('u-sa-sofia', made.id, 'acknowledge')).json(),
    );
    expect(reply.body).toMatch(/^Dear \{\{contact\.name\}\},/);
    expect(reply.body).toContain(`about the accounts of ${made.clientName}.`);
    expect(reply.body).toContain('{{owner.name}} is looking after your request');
    expect(reply.missingFacts).toEqual(['{{contact.name}}', '{{owner.name}}']);
    expect(reply.body).toContain(made.reference);
    expect(reply.body).not.toMatch(/Dear ,|\bundefined\b|\bnull\b/);
  });

  it('records on the case who prepared which template version for what, and says nothing was sent', async () => {
    await api('u-ad-nadia', 'PATCH', '/api/templates/payment_investigation.status_update', {
      payload: { body: 'Update on {{case.reference}} from {{sender.name}}.' },
      headers: { 'if-match': '"1"' },
    });
    const reply = PreparedReplySchema.parse(
      (await draft('u-sa-tom', 'cs-003', 'status_update')).json(),
    );
    expect(reply).toMatchObject({ templateVersion: 2 });
    expect(reply.body).toMatch(/^Update on CASE-\d{6} from Tom \w+\.$/);

    const events = await listStreamEvents(t.db, 'case:cs-003');
    const last = events.at(-1);
    expect(last).toMatchObject({
      action: 'draft.prepared',
      actor_id: 'u-sa-tom',
      entity_type: 'template',
      entity_id: 'payment_investigation.status_update',
    });
    expect(JSON.parse(last?.changes ?? '[]')).toEqual(
      expect.arrayContaining([
        { field: 'purpose', before: null, after: 'status_update' },
        { field: 'templateVersion', before: null, after: 2 },
      ]),
    );
    const timeline = AuditTimelineSchema.parse(
      (await api('u-sa-tom', 'GET', '/api/cases/cs-003/audit')).json(),
    );
    expect(timeline.items.at(-1)?.summary).toMatch(
      /prepared a reply draft \(status update\); not sent/,
    );
  });

  it('answers 404 for a case the caller cannot see, and records nothing', async () => {
    // cs-003 sits in the payments queue; Amelia manages private-banking clients.
    const before = (await listStreamEvents(t.db, 'case:cs-003')).length;
    const response = await draft('u-rm-amelia', 'cs-003', 'acknowledge');
    expect(response.statusCode).toBe(404);
    expect((await listStreamEvents(t.db, 'case:cs-003')).length).toBe(before);
    expect((await draft('u-sa-tom', 'cs-nope', 'acknowledge')).statusCode).toBe(404);
  });

  it('refuses roles that do not work cases and purposes that do not exist', async () => {
    expect((await draft('u-au-owen', 'cs-003', 'acknowledge')).statusCode).toBe(403);
    expect((await draft('u-ad-nadia', 'cs-003', 'acknowledge')).statusCode).toBe(403);
    const bad = await draft('u-sa-tom', 'cs-003', 'send_now');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });
});
