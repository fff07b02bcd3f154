import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema } from '../../../shared/audit/audit.schema';
import { CaseSchema, type Case, type SourceEmail } from '../../../shared/cases/case.schema';
import {
  EmailLinkSchema,
  LinkedCaseListSchema,
  UnlinkedEmailLinkSchema,
} from '../../../shared/emails/email-link.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';

// Taking an email off a case: a reason is required, the trail records it, and the
// email can then go on a case again, still on one case at a time.

let t: TestApp;
let sofia: string;
let tom: string;

beforeEach(async () => {
  t = await createTestApp();
  sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
  tom = `Bearer ${await t.tokenFor('u-sa-tom')}`;
});

afterEach(async () => {
  await t.close();
});

const client = (() => {
  const found = demoData.clients.find((c) => c.contacts.length > 0);
  if (!found) throw new Error('the demo data needs a client with a contact');
  return found;
})();

function sourceEmail(overrides: Partial<SourceEmail> = {}): SourceEmail {
  return {
    internetMessageId: `<${randomUUID()}@mail.example>`,
    conversationId: `conv-${randomUUID()}`,
    subject: 'Statement for October',
    from: { name: 'A Contact', email: 'a.contact@mail.example' },
    receivedAt: '2026-11-16T09:15:00.000Z',
    ...overrides,
  };
}

function inject(method: 'GET' | 'POST', url: string, authorization = sofia, payload?: object) {
  return t.app.inject({ method, url, headers: { authorization }, ...(payload ? { payload } : {}) });
}

/** A case Sofia (service team) made, so she sees it and Tom (payments) does not. */
async function aCase(): Promise<Case> {
  const response = await inject('POST', '/api/cases', sofia, {
    clientId: client.id,
    type: 'account_maintenance',
    priority: 'normal',
    title: 'Change of address',
    description: '',
    channel: 'email',
    sourceEmail: sourceEmail(),
  });
  expect(response.statusCode).toBe(201);
  return CaseSchema.parse(response.json());
}

async function link(caseId: string, email: SourceEmail, authorization = sofia) {
  return inject('POST', `/api/cases/${caseId}/links`, authorization, { email });
}

async function linkedNow(c: Case, email: SourceEmail) {
  const response = await link(c.id, email);
  expect(response.statusCode).toBe(201);
  return EmailLinkSchema.parse(response.json());
}

function unlink(caseId: string, linkId: string, body: object, authorization = sofia) {
  return inject('POST', `/api/cases/${caseId}/links/${linkId}/unlink`, authorization, body);
}

function errorOf(response: { json: () => unknown }) {
  return ErrorBodySchema.parse(response.json()).error;
}

async function casesOf(email: SourceEmail) {
  const response = await inject(
    'GET',
    `/api/emails/links?internetMessageId=${encodeURIComponent(email.internetMessageId)}`,
  );
  return LinkedCaseListSchema.parse(response.json()).items.map((l) => l.case.id);
}

describe('unlinking an email from a case', () => {
  it('keeps the email a case was made from on that case, so it can never make a second one', async () => {
    const origin = sourceEmail({ subject: 'Please update my address' });
    const created = await inject('POST', '/api/cases', sofia, {
      clientId: client.id,
      type: 'account_maintenance',
      priority: 'normal',
      title: 'Change of address',
      description: '',
      channel: 'email',
      sourceEmail: origin,
    });
    const c = CaseSchema.parse(created.json());
    const listed = LinkedCaseListSchema.parse(
      (
        await inject(
          'GET',
          `/api/emails/links?internetMessageId=${encodeURIComponent(origin.internetMessageId)}`,
        )
      ).json(),
    ).items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ madeFromThisEmail: true, case: { id: c.id } });

    const response = await unlink(c.id, listed[0]!.link.id, { reason: 'Opened in error' });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('conflict');
    expect(await casesOf(origin)).toEqual([c.id]);
  });

  it('refuses without a reason, or with a blank one, and leaves the link in place', async () => {
    const c = await aCase();
    const email = sourceEmail();
    const made = await linkedNow(c, email);

    for (const body of [{}, { reason: '   ' }]) {
      const response = await unlink(c.id, made.id, body);
      expect(response.statusCode).toBe(400);
      const error = errorOf(response);
      expect(error.code).toBe('validation_failed');
      expect(JSON.stringify(error.details)).toContain('reason');
    }
    expect(await casesOf(email)).toEqual([c.id]);
  });

  it('takes the email off the case, keeps who and why on the row, and says so in the trail', async () => {
    const c = await aCase();
    const email = sourceEmail({ subject: 'Wrong customer' });
    const made = await linkedNow(c, email);

    const response = await unlink(c.id, made.id, { reason: '  Sent to the wrong case  ' });
    expect(response.statusCode).toBe(200);
    expect(UnlinkedEmailLinkSchema.parse(response.json())).toMatchObject({
      id: made.id,
      caseId: c.id,
      unlinkedBy: 'u-sa-sofia',
      unlinkReason: 'Sent to the wrong case',
    });
    expect(await casesOf(email)).toEqual([]);

    const row = await t.db
      .selectFrom('email_links')
      .selectAll()
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      unlinked_by: 'u-sa-sofia',
      unlink_reason: 'Sent to the wrong case',
    });
    expect(row.unlinked_at).not.toBeNull();

    const trail = AuditTimelineSchema.parse(
      (await inject('GET', `/api/cases/${c.id}/audit`)).json(),
    ).items;
    const last = trail.at(-1);
    expect(last).toMatchObject({ action: 'email.unlinked', actor: { id: 'u-sa-sofia' } });
    expect(last?.summary).toContain('Wrong customer');
    expect(last?.summary).toContain('Sent to the wrong case');
    const verify = await inject('GET', `/api/cases/${c.id}/audit/verify`);
    expect(verify.json()).toMatchObject({ valid: true });
  });

  it('answers 404 for a case the caller may not see, and changes nothing', async () => {
    const c = await aCase();
    const made = await linkedNow(c, sourceEmail());

    const response = await unlink(c.id, made.id, { reason: 'Not mine' }, tom);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
    const row = await t.db
      .selectFrom('email_links')
      .select('unlinked_at')
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(row.unlinked_at).toBeNull();
  });

  it('answers 404 for a link of another case, and for one already unlinked', async () => {
    const first = await aCase();
    const second = await aCase();
    const made = await linkedNow(first, sourceEmail());

    const wrongCase = await unlink(second.id, made.id, { reason: 'Tidy up' });
    expect(wrongCase.statusCode).toBe(404);
    expect((await unlink(first.id, made.id, { reason: 'Tidy up' })).statusCode).toBe(200);
    const twice = await unlink(first.id, made.id, { reason: 'Tidy up again' });
    expect(twice.statusCode).toBe(404);
    expect(errorOf(twice).code).toBe('not_found');
  });

  it('lets the email go on a case again after the unlink, one case at a time', async () => {
    const first = await aCase();
    const second = await aCase();
    const email = sourceEmail();
    const made = await linkedNow(first, email);

    // While it is on the first case, it cannot go on a second.
    const meanwhile = await link(second.id, email);
    expect(meanwhile.statusCode).toBe(409);
    expect(errorOf(meanwhile).code).toBe('conflict');

    expect((await unlink(first.id, made.id, { reason: 'Belongs elsewhere' })).statusCode).toBe(200);
    const moved = await link(second.id, email);
    expect(moved.statusCode).toBe(201);
    expect(await casesOf(email)).toEqual([second.id]);

    // Back on the first case: refused until it leaves the second, then the old row comes back.
    expect((await link(first.id, email)).statusCode).toBe(409);
    const movedLink = EmailLinkSchema.parse(moved.json());
    expect((await unlink(second.id, movedLink.id, { reason: 'Back again' })).statusCode).toBe(200);
    const relinked = await link(first.id, email, `Bearer ${await t.tokenFor('u-mg-grace')}`);
    expect(relinked.statusCode).toBe(201);
    expect(EmailLinkSchema.parse(relinked.json())).toMatchObject({
      id: made.id,
      linkedBy: 'u-mg-grace',
    });
    expect(await casesOf(email)).toEqual([first.id]);

    const actions = AuditTimelineSchema.parse(
      (await inject('GET', `/api/cases/${first.id}/audit`)).json(),
    ).items.map((e) => e.action);
    expect(actions.filter((a) => a === 'email.linked')).toHaveLength(3);
    expect(actions.filter((a) => a === 'email.unlinked')).toHaveLength(1);
  });
});

describe('one case per email, under concurrency', () => {
  it('links an email racing onto two cases to only one of them', async () => {
    const first = await aCase();
    const second = await aCase();
    const email = sourceEmail();
    const answers = await Promise.all([link(first.id, email), link(second.id, email)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await casesOf(email)).toHaveLength(1);
  });

  it('makes no new case from an email already linked to another case', async () => {
    const c = await aCase();
    const email = sourceEmail();
    await linkedNow(c, email);
    const response = await inject('POST', '/api/cases', sofia, {
      clientId: client.id,
      type: 'account_maintenance',
      priority: 'normal',
      title: 'A second case from the same email',
      description: '',
      channel: 'email',
      sourceEmail: email,
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('conflict');
    expect(await casesOf(email)).toEqual([c.id]);
  });
});
