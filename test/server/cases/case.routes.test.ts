import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseTypeDefinition } from '../../../shared/cases/case-types';
import {
  CaseSchema,
  type CreateCaseInput,
  type SourceEmail,
} from '../../../shared/cases/case.schema';
import { EmailLinkSchema, LinkedCaseListSchema } from '../../../shared/emails/email-link.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { demoData } from '../../../server/demo/demo-data';
import { seedDemoDataIfEmpty } from '../../../server/demo/seed';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let sofia: string;
let grace: string;

beforeEach(async () => {
  t = await createTestApp();
  sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
  grace = `Bearer ${await t.tokenFor('u-mg-grace')}`;
});

afterEach(async () => {
  await t.close();
});

const demoClient = (() => {
  const client = demoData.clients.find((c) => c.contacts.length > 0);
  if (!client) throw new Error('the demo data needs a client with a contact');
  return client;
})();
const demoContact = demoClient.contacts[0] ?? { id: 'missing' };
const otherClientContact = (() => {
  const contact = demoData.clients.find((c) => c.id !== demoClient.id && c.contacts.length > 0)
    ?.contacts[0];
  if (!contact) throw new Error('the demo data needs a second client with a contact');
  return contact;
})();

function sourceEmail(overrides: Partial<SourceEmail> = {}): SourceEmail {
  return {
    internetMessageId: `<${randomUUID()}@mail.example>`,
    conversationId: `conv-${randomUUID()}`,
    subject: 'Please update our registered address',
    from: { name: 'A Contact', email: 'A.Contact@Mail.example' },
    receivedAt: '2025-03-04T09:15:00.000Z',
    ...overrides,
  };
}

function caseInput(overrides: Partial<CreateCaseInput> = {}): CreateCaseInput {
  return {
    clientId: demoClient.id,
    contactId: demoContact.id,
    type: 'payment_investigation',
    priority: 'high',
    title: 'Missing SEPA payment',
    description: 'Client says a payment of 1,200 EUR has not arrived.',
    channel: 'email',
    sourceEmail: sourceEmail(),
    ...overrides,
  };
}

function postCase(payload: unknown, authorization = sofia) {
  return t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { authorization },
    payload: payload as object,
  });
}

function get(url: string, authorization = sofia) {
  return t.app.inject({ method: 'GET', url, headers: { authorization } });
}

function errorOf(response: { json: () => unknown }) {
  return ErrorBodySchema.parse(response.json()).error;
}

async function caseRowCount(internetMessageId?: string): Promise<number> {
  let query = t.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n'));
  if (internetMessageId) query = query.where('source_message_id', '=', internetMessageId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('POST /api/cases', () => {
  it('creates a case from an email: 201, a CASE-nnnnnn reference, version 1, stage new, the type queue, the caller as owner', async () => {
    const input = caseInput();
    const response = await postCase(input);
    expect(response.statusCode).toBe(201);
    const created = CaseSchema.parse(response.json());
    expect(created.reference).toMatch(/^CASE-\d{6}$/);
    expect(created).toMatchObject({
      version: 1,
      stage: 'new',
      queue: caseTypeDefinition('payment_investigation').queue,
      ownerId: 'u-sa-sofia',
      ownerName: demoData.users.find((u) => u.id === 'u-sa-sofia')?.name,
      createdBy: 'u-sa-sofia',
      clientId: demoClient.id,
      clientName: demoClient.name,
      contactId: demoContact.id,
      type: 'payment_investigation',
      priority: 'high',
      title: input.title,
      description: input.description,
      channel: 'email',
    });
    expect(response.headers.etag).toBe('"1"');
  });

  it.each(['account_maintenance', 'complaint', 'document_request', 'internal_approval'] as const)(
    'routes a %s case to its queue',
    async (type) => {
      const created = CaseSchema.parse((await postCase(caseInput({ type }))).json());
      expect(created.queue).toBe(caseTypeDefinition(type).queue);
    },
  );

  it('numbers new cases straight after the highest existing number, one apart', async () => {
    const highest = await t.db
      .selectFrom('cases')
      .select((eb) => eb.fn.max('number').as('n'))
      .executeTakeFirstOrThrow();
    const first = CaseSchema.parse((await postCase(caseInput())).json());
    const second = CaseSchema.parse((await postCase(caseInput())).json());
    const number = (reference: string) => Number(reference.slice('CASE-'.length));
    expect(number(first.reference)).toBe(Number(highest.n ?? 0) + 1);
    expect(number(second.reference)).toBe(number(first.reference) + 1);
  });

  it('creates a case without a contact, and defaults the description to empty', async () => {
    // JSON leaves out undefined fields, so the body has neither.
    const response = await postCase({
      ...caseInput(),
      contactId: undefined,
      description: undefined,
    });
    expect(response.statusCode).toBe(201);
    expect(CaseSchema.parse(response.json())).toMatchObject({ contactId: null, description: '' });
  });

  it('returns the case at GET /api/cases/:id with its ETag', async () => {
    const created = CaseSchema.parse((await postCase(caseInput())).json());
    const response = await get(`/api/cases/${created.id}`, grace);
    expect(response.statusCode).toBe(200);
    expect(CaseSchema.parse(response.json())).toEqual(created);
    expect(response.headers.etag).toBe('"1"');
  });

  it('answers 404 not_found for an unknown case id', async () => {
    const response = await get(`/api/cases/${randomUUID()}`);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });

  it('returns the existing case when the same email is sent twice, even by another user with another title', async () => {
    const input = caseInput();
    const first = await postCase(input);
    expect(first.statusCode).toBe(201);
    const again = await postCase(
      { ...input, title: 'A different title', type: 'complaint' },
      grace,
    );
    expect(again.statusCode).toBe(200);
    const firstCase = CaseSchema.parse(first.json());
    const againCase = CaseSchema.parse(again.json());
    expect(againCase.id).toBe(firstCase.id);
    expect(againCase.title).toBe(input.title);
    expect(againCase.ownerId).toBe('u-sa-sofia');
    expect(again.headers.etag).toBe('"1"');
    expect(await caseRowCount(input.sourceEmail.internetMessageId)).toBe(1);
  });

  it('tells someone who may not see the existing case only that the email is taken', async () => {
    const input = caseInput({ type: 'account_maintenance' });
    expect((await postCase(input)).statusCode).toBe(201);
    const tom = `Bearer ${await t.tokenFor('u-sa-tom')}`;
    const again = await postCase({ ...input, type: 'payment_investigation' }, tom);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({
      error: {
        code: 'conflict',
        message: 'This email is already on a case you do not have access to',
      },
    });
    expect(await caseRowCount(input.sourceEmail.internetMessageId)).toBe(1);
  });

  it('makes exactly one case from ten concurrent posts of the same email', async () => {
    const internetMessageId = `<race-${randomUUID()}@mail.example>`;
    const before = await caseRowCount();
    // A service-ops case, which both Sofia (her queue) and Grace (her team's) may see,
    // whoever wins the race and so owns it.
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postCase(
          caseInput({
            type: 'account_maintenance',
            title: `Attempt ${i}`,
            sourceEmail: sourceEmail({ internetMessageId }),
          }),
          i % 2 === 0 ? sofia : grace,
        ),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(responses.map((r) => CaseSchema.parse(r.json()).id));
    expect(ids.size).toBe(1);
    expect(await caseRowCount(internetMessageId)).toBe(1);
    expect(await caseRowCount()).toBe(before + 1);
    const links = await t.db
      .selectFrom('email_links')
      .selectAll()
      .where('internet_message_id', '=', internetMessageId)
      .execute();
    expect(links).toHaveLength(1);
  });

  it('does not burn a case number when a duplicate post loses the race', async () => {
    const internetMessageId = `<race-${randomUUID()}@mail.example>`;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        postCase(caseInput({ sourceEmail: sourceEmail({ internetMessageId }) })),
      ),
    );
    const winner = await t.db
      .selectFrom('cases')
      .select('number')
      .where('source_message_id', '=', internetMessageId)
      .executeTakeFirstOrThrow();
    const next = CaseSchema.parse((await postCase(caseInput())).json());
    expect(next.reference).toBe(`CASE-${String(winner.number + 1).padStart(6, '0')}`);
  });

  it.each([
    ['title', 'a missing title', (input: CreateCaseInput) => ({ ...input, title: undefined })],
    ['title', 'a blank title', (input: CreateCaseInput) => ({ ...input, title: '   ' })],
    ['type', 'an unknown type', (input: CreateCaseInput) => ({ ...input, type: 'mortgage_fraud' })],
    [
      'priority',
      'an unknown priority',
      (input: CreateCaseInput) => ({ ...input, priority: 'asap' }),
    ],
    [
      'channel',
      'a channel other than email',
      (input: CreateCaseInput) => ({ ...input, channel: 'phone' }),
    ],
    [
      'clientId',
      'a missing clientId',
      (input: CreateCaseInput) => ({ ...input, clientId: undefined }),
    ],
    [
      'sourceEmail.from.email',
      'a bad sender email',
      (input: CreateCaseInput) => ({
        ...input,
        sourceEmail: { ...input.sourceEmail, from: { name: 'X', email: 'not-an-email' } },
      }),
    ],
    [
      'sourceEmail.receivedAt',
      'a bad receivedAt',
      (input: CreateCaseInput) => ({
        ...input,
        sourceEmail: { ...input.sourceEmail, receivedAt: 'yesterday' },
      }),
    ],
    [
      'sourceEmail.internetMessageId',
      'a blank internetMessageId',
      (input: CreateCaseInput) => ({
        ...input,
        sourceEmail: { ...input.sourceEmail, internetMessageId: ' ' },
      }),
    ],
    [
      'sourceEmail',
      'no source email',
      (input: CreateCaseInput) => ({ ...input, sourceEmail: undefined }),
    ],
  ])('answers 400 naming %s for %s, and writes nothing', async (field, _label, mutate) => {
    const before = await caseRowCount();
    const response = await postCase(mutate(caseInput()));
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('validation_failed');
    const details = error.details as { issues: { path: string; message: string }[] };
    expect(details.issues.map((i) => i.path)).toContain(field);
    expect(await caseRowCount()).toBe(before);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { authorization: sofia, 'content-type': 'application/json' },
      payload: '{"clientId":',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });

  it('answers 404 not_found for an unknown client, and writes nothing', async () => {
    const before = await caseRowCount();
    const response = await postCase(caseInput({ clientId: 'cl-nope', contactId: undefined }));
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
    expect(await caseRowCount()).toBe(before);
  });

  it('answers 400 naming contactId for a contact of another client, and writes nothing', async () => {
    const before = await caseRowCount();
    const response = await postCase(caseInput({ contactId: otherClientContact.id }));
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect((error.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(
      'contactId',
    );
    expect(await caseRowCount()).toBe(before);
  });

  it('answers 400 for an unknown contact id', async () => {
    const response = await postCase(caseInput({ contactId: 'ct-nope' }));
    expect(response.statusCode).toBe(400);
  });

  it('needs a token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      payload: caseInput(),
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('email links', () => {
  async function linksFor(query: string) {
    const response = await get(`/api/emails/links?${query}`);
    expect(response.statusCode).toBe(200);
    return LinkedCaseListSchema.parse(response.json()).items;
  }

  it('links the source email when the case is made', async () => {
    const input = caseInput();
    const created = CaseSchema.parse((await postCase(input)).json());
    const items = await linksFor(
      `internetMessageId=${encodeURIComponent(input.sourceEmail.internetMessageId)}`,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      matchedBy: 'message',
      case: { id: created.id, reference: created.reference },
      link: {
        caseId: created.id,
        internetMessageId: input.sourceEmail.internetMessageId,
        conversationId: input.sourceEmail.conversationId,
        subject: input.sourceEmail.subject,
        linkedBy: 'u-sa-sofia',
        linkedByName: demoData.users.find((u) => u.id === 'u-sa-sofia')?.name,
      },
    });
  });

  it('finds the case for another message in the same conversation, matched by conversation', async () => {
    const input = caseInput();
    const created = CaseSchema.parse((await postCase(input)).json());
    const reply = `<reply-${randomUUID()}@mail.example>`;
    const items = await linksFor(
      `internetMessageId=${encodeURIComponent(reply)}&conversationId=${encodeURIComponent(input.sourceEmail.conversationId ?? '')}`,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.matchedBy).toBe('conversation');
    expect(items[0]?.case.id).toBe(created.id);
  });

  it('finds the case by conversation id alone', async () => {
    const input = caseInput();
    const created = CaseSchema.parse((await postCase(input)).json());
    const items = await linksFor(
      `conversationId=${encodeURIComponent(input.sourceEmail.conversationId ?? '')}`,
    );
    expect(items.map((i) => [i.case.id, i.matchedBy])).toEqual([[created.id, 'conversation']]);
  });

  it('returns nothing for an email no case is linked to', async () => {
    expect(
      await linksFor(`internetMessageId=${encodeURIComponent('<nobody@mail.example>')}`),
    ).toEqual([]);
  });

  it('answers 400 when neither internetMessageId nor conversationId is given', async () => {
    const response = await get('/api/emails/links');
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });

  it('links another email to a case (201), and linking it again changes nothing (200)', async () => {
    const created = CaseSchema.parse((await postCase(caseInput())).json());
    const email = sourceEmail({ subject: 'Follow-up with the payment trace' });
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/links`,
      headers: { authorization: grace },
      payload: { email },
    });
    expect(first.statusCode).toBe(201);
    const link = EmailLinkSchema.parse(first.json());
    expect(link).toMatchObject({
      caseId: created.id,
      internetMessageId: email.internetMessageId,
      subject: email.subject,
      linkedBy: 'u-mg-grace',
      linkedByName: demoData.users.find((u) => u.id === 'u-mg-grace')?.name,
    });

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/links`,
      headers: { authorization: sofia },
      payload: { email: { ...email, subject: 'Changed subject' } },
    });
    expect(again.statusCode).toBe(200);
    expect(EmailLinkSchema.parse(again.json())).toEqual(link);

    const rows = await t.db
      .selectFrom('email_links')
      .selectAll()
      .where('case_id', '=', created.id)
      .execute();
    expect(rows).toHaveLength(2);
    const items = await linksFor(
      `internetMessageId=${encodeURIComponent(email.internetMessageId)}`,
    );
    expect(items.map((i) => [i.case.id, i.matchedBy])).toEqual([[created.id, 'message']]);
  });

  it('answers 404 not_found when linking to an unknown case, and writes nothing', async () => {
    const email = sourceEmail();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${randomUUID()}/links`,
      headers: { authorization: sofia },
      payload: { email },
    });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
    const rows = await t.db
      .selectFrom('email_links')
      .select('id')
      .where('internet_message_id', '=', email.internetMessageId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('answers 400 when linking an email with a bad body', async () => {
    const created = CaseSchema.parse((await postCase(caseInput())).json());
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/links`,
      headers: { authorization: sofia },
      payload: { email: { ...sourceEmail(), receivedAt: 'not-a-date' } },
    });
    expect(response.statusCode).toBe(400);
    const details = errorOf(response).details as { issues: { path: string }[] };
    expect(details.issues.map((i) => i.path)).toContain('email.receivedAt');
  });
});

describe('durability', () => {
  async function linksFor(internetMessageId: string) {
    const response = await get(
      `/api/emails/links?internetMessageId=${encodeURIComponent(internetMessageId)}`,
    );
    expect(response.statusCode).toBe(200);
    return LinkedCaseListSchema.parse(response.json()).items;
  }

  it('keeps the case and its link after the server closes and reopens the same database', async () => {
    const input = caseInput();
    const created = CaseSchema.parse((await postCase(input)).json());
    const followUp = sourceEmail();
    const linked = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/links`,
      headers: { authorization: sofia },
      payload: { email: followUp },
    });
    expect(linked.statusCode).toBe(201);

    // Shut down the way the server does, then start again on the same data.
    await t.reopen();
    expect(await seedDemoDataIfEmpty(t.db, demoData)).toBe(false);

    const fetched = await get(`/api/cases/${created.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(CaseSchema.parse(fetched.json())).toEqual(created);

    const items = await linksFor(input.sourceEmail.internetMessageId);
    expect(items.map((i) => [i.case.id, i.matchedBy])).toEqual([[created.id, 'message']]);
    const followUpItems = await linksFor(followUp.internetMessageId);
    expect(followUpItems.map((i) => i.case.id)).toEqual([created.id]);

    // Posting the same email again still finds the case rather than making another.
    const again = await postCase(input);
    expect(again.statusCode).toBe(200);
    expect(CaseSchema.parse(again.json()).id).toBe(created.id);
  });
});
