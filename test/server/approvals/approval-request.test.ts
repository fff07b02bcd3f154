import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema } from '../../../shared/audit/audit.schema';
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

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

describe('POST /api/cases/:id/approvals: validation', () => {
  it('refuses a kind the case type has no rule for, naming the allowed kinds', async () => {
    const created = await api.createCase(who.sofia, 'payment_investigation');
    const response = await api.request(who.sofia, created.id, {
      ...validRequest.refund,
      kind: 'policy_exception',
    });
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('refund');
    expect(error.details).toEqual({ issues: [expect.objectContaining({ path: 'kind' })] });
  });

  it('refuses any approval on a case type that takes none', async () => {
    const created = await api.createCase(who.sofia, 'document_request');
    const response = await api.request(who.sofia, created.id, validRequest.refund);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(/take no approvals/);
  });

  it('needs an amount for an above-threshold rule', async () => {
    const created = await api.createCase(who.sofia, 'payment_investigation');
    // JSON leaves out undefined fields, so the body has neither.
    const response = await api.request(who.sofia, created.id, {
      ...validRequest.refund,
      amount: undefined,
      currency: undefined,
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toEqual({
      issues: [expect.objectContaining({ path: 'amount' })],
    });
  });

  it('needs an expiry when the rule requires one', async () => {
    const created = await api.createCase(who.sofia, 'internal_approval');
    const response = await api.request(who.sofia, created.id, {
      ...validRequest.policyException(inAWeek()),
      expiresAt: undefined,
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toEqual({
      issues: [expect.objectContaining({ path: 'expiresAt' })],
    });
  });

  it.each([
    ['a float with three decimals', { amount: '750.005' }, 'amount'],
    ['a thousands separator', { amount: '1,250.00' }, 'amount'],
    ['a negative amount', { amount: '-5' }, 'amount'],
    ['a number instead of a string', { amount: 750 }, 'amount'],
    ['a zero amount', { amount: '0.00' }, 'amount'],
    ['a currency that is not three letters', { currency: 'EURO' }, 'currency'],
    ['an amount without a currency', { currency: undefined }, 'currency'],
    ['a rationale too short to judge', { rationale: 'pls approve' }, 'rationale'],
    ['no policy reference', { policyReference: '' }, 'policyReference'],
    ['an expiry in the past', { expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt'],
    ['an expiry that is not a date', { expiresAt: 'next Tuesday' }, 'expiresAt'],
  ])('answers 400 for %s', async (_name, patch, path) => {
    const created = await api.createCase(who.sofia, 'payment_investigation');
    const response = await api.request(who.sofia, created.id, { ...validRequest.refund, ...patch });
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({ issues: [expect.objectContaining({ path })] });
  });

  it('answers 404 for an unknown case', async () => {
    const response = await api.request(who.sofia, randomUUID(), validRequest.refund);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });

  it('stores the approver role from the rule and the expiry in one format', async () => {
    const created = await api.createCase(who.sofia, 'internal_approval');
    const expiresAt = '2099-06-30T12:00:00+02:00';
    const response = await api.request(
      who.sofia,
      created.id,
      validRequest.policyException(expiresAt),
    );
    expect(response.statusCode).toBe(201);
    const approval = approvalOf(response);
    expect(approval).toMatchObject({
      approverRole: 'manager',
      expiresAt: '2099-06-30T10:00:00.000Z',
      amount: null,
      currency: null,
    });
  });
});

describe('the maker-checker happy path', () => {
  it('takes a refund from request to approval, moving the case to pending_approval and back', async () => {
    const created = await api.createCase(who.sofia, 'payment_investigation');
    await api.moveCase(who.sofia, created.id, 'in_progress');
    const before = await api.getCase(who.sofia, created.id);

    const requested = await api.request(who.sofia, created.id, {
      ...validRequest.refund,
      currency: 'eur',
    });
    expect(requested.statusCode).toBe(201);
    expect(requested.headers.etag).toBe('"1"');
    const approval = approvalOf(requested);
    expect(approval).toMatchObject({
      caseId: created.id,
      caseReference: created.reference,
      kind: 'refund',
      amount: '750.00',
      currency: 'EUR',
      status: 'pending',
      approverRole: 'manager',
      requestedBy: { id: 'u-sa-sofia', name: 'Sofia Lind' },
      decidedBy: null,
      decidedAt: null,
      version: 1,
      canDecide: false,
      whyNot: expect.stringMatching(/You requested this approval/),
    });

    const waiting = await api.getCase(who.sofia, created.id);
    expect(waiting.stage).toBe('pending_approval');
    expect(waiting.version).toBe(before.version + 1);

    const asGrace = approvalOf(await api.get(who.grace, `/api/approvals/${approval.id}`));
    expect(asGrace).toMatchObject({ canDecide: true });
    expect(asGrace.whyNot).toBeUndefined();

    const decided = await api.decide(
      who.grace,
      approval.id,
      { decision: 'approved', note: 'Duplicate fee confirmed on the statement' },
      '"1"',
    );
    expect(decided.statusCode).toBe(200);
    expect(decided.headers.etag).toBe('"2"');
    expect(approvalOf(decided)).toMatchObject({
      status: 'approved',
      decidedBy: { id: 'u-mg-grace', name: 'Grace Whitfield' },
      decisionNote: 'Duplicate fee confirmed on the statement',
      decidedAt: expect.any(String),
      version: 2,
      canDecide: false,
    });

    const back = await api.getCase(who.sofia, created.id);
    expect(back.stage).toBe('in_progress');
    expect(back.version).toBe(before.version + 2);

    const stages = await t.db
      .selectFrom('stage_changes')
      .select(['from_stage', 'to_stage', 'actor_id'])
      .where('case_id', '=', created.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(stages.slice(-2)).toEqual(
      expect.arrayContaining([
        { from_stage: 'in_progress', to_stage: 'pending_approval', actor_id: 'u-sa-sofia' },
        { from_stage: 'pending_approval', to_stage: 'in_progress', actor_id: 'u-mg-grace' },
      ]),
    );

    const timeline = AuditTimelineSchema.parse(
      (await api.get(who.owen, `/api/cases/${created.id}/audit`)).json(),
    ).items;
    const actions = timeline.map((e) => `${e.action} by ${e.actor.name}`);
    expect(actions.slice(-4)).toEqual([
      'approval.requested by Sofia Lind',
      'case.stage_changed by Sofia Lind',
      'approval.decided by Grace Whitfield',
      'case.stage_changed by Grace Whitfield',
    ]);
    const decidedEvent = timeline.find((e) => e.action === 'approval.decided');
    expect(decidedEvent?.entityId).toBe(approval.id);
    expect(decidedEvent?.summary).toBe(
      'Grace Whitfield approved the approval: Duplicate fee confirmed on the statement',
    );
    expect(decidedEvent?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'pending', after: 'approved' },
        { field: 'decidedBy', before: null, after: 'u-mg-grace' },
        {
          field: 'decisionNote',
          before: null,
          after: 'Duplicate fee confirmed on the statement',
        },
      ]),
    );
    const verification = await api.get(who.owen, `/api/cases/${created.id}/audit/verify`);
    expect(verification.json()).toMatchObject({ valid: true });
  });

  it('leaves a new case in its stage when an approval is requested', async () => {
    const created = await api.createCase(who.sofia, 'payment_investigation');
    expect((await api.request(who.sofia, created.id, validRequest.refund)).statusCode).toBe(201);
    const after = await api.getCase(who.sofia, created.id);
    expect(after).toMatchObject({ stage: 'new', version: created.version });
  });

  it('keeps the case waiting until the last pending approval is decided', async () => {
    const created = await api.createCase(who.sofia, 'payment_investigation');
    await api.moveCase(who.sofia, created.id, 'in_progress');
    const first = approvalOf(await api.request(who.sofia, created.id, validRequest.refund));
    const second = approvalOf(
      await api.request(who.tom, created.id, { ...validRequest.refund, amount: '900' }),
    );
    expect((await api.getCase(who.sofia, created.id)).stage).toBe('pending_approval');

    await api.decide(who.grace, first.id, { decision: 'approved' });
    expect((await api.getCase(who.sofia, created.id)).stage).toBe('pending_approval');

    await api.decide(who.grace, second.id, { decision: 'rejected', note: 'Outside policy' });
    expect((await api.getCase(who.sofia, created.id)).stage).toBe('in_progress');
  });

  it('refuses a request on a resolved case', async () => {
    const created = await api.createCase(who.sofia, 'payment_investigation');
    await t.db
      .updateTable('cases')
      .set({ stage: 'resolved' })
      .where('id', '=', created.id)
      .execute();
    const response = await api.request(who.sofia, created.id, validRequest.refund);
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('conflict');
  });
});
