import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function pendingRefund(requester = who.sofia) {
  const created = await api.createCase(who.sofia, 'payment_investigation');
  await api.moveCase(who.sofia, created.id, 'in_progress');
  const approval = approvalOf(await api.request(requester, created.id, validRequest.refund));
  return { caseId: created.id, approval };
}

async function rowOf(id: string) {
  return t.db.selectFrom('approvals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function decidedEvents(id: string) {
  return t.db
    .selectFrom('audit_events')
    .select(['actor_id'])
    .where('entity_id', '=', id)
    .where('action', '=', 'approval.decided')
    .execute();
}

describe('POST /api/approvals/:id/decision: who may decide', () => {
  it('refuses to approve a request its own requester made, even a manager', async () => {
    const { approval } = await pendingRefund(who.grace);
    expect(approval).toMatchObject({ canDecide: false, whyNot: expect.stringMatching(/You/) });
    const response = await api.decide(who.grace, approval.id, { decision: 'approved' });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('self_approval');
    expect((await rowOf(approval.id)).status).toBe('pending');
    expect(await decidedEvents(approval.id)).toHaveLength(0);
  });

  it('refuses a service agent, who lacks the approver role', async () => {
    const { approval } = await pendingRefund();
    const asTom = approvalOf(await api.get(who.tom, `/api/approvals/${approval.id}`));
    expect(asTom).toMatchObject({ canDecide: false, whyNot: expect.stringMatching(/manager/) });
    const response = await api.decide(who.tom, approval.id, { decision: 'approved' });
    expect(response.statusCode).toBe(403);
    // The route itself is for approvers: a role without approval.decide is refused before the rules run.
    expect(errorOf(response)).toMatchObject({
      code: 'forbidden',
      details: { rule: 'role', action: 'approval.decide' },
    });
    expect((await rowOf(approval.id)).status).toBe('pending');
  });

  it('refuses an auditor, even one who also holds the manager role', async () => {
    const { approval } = await pendingRefund();
    const auditorManager = `Bearer ${await t.issuer.mint({
      userId: 'u-test-audit-mgr',
      name: 'Ada Both-Roles',
      email: 'ada@northbridge.example',
      roles: ['auditor', 'manager'],
    })}`;
    for (const authorization of [who.owen, auditorManager]) {
      const response = await api.decide(authorization, approval.id, { decision: 'approved' });
      expect(response.statusCode).toBe(403);
      expect(errorOf(response).code).toBe('forbidden');
    }
    expect((await rowOf(approval.id)).status).toBe('pending');
  });

  it('answers 404 for an unknown approval', async () => {
    const response = await api.decide(who.grace, randomUUID(), { decision: 'approved' });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });
});

describe('POST /api/approvals/:id/decision: the decision', () => {
  it('needs a note to reject', async () => {
    const { approval } = await pendingRefund();
    for (const body of [{ decision: 'rejected' }, { decision: 'rejected', note: '   ' }]) {
      const response = await api.decide(who.grace, approval.id, body);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).details).toEqual({
        issues: [expect.objectContaining({ path: 'note' })],
      });
    }
    expect((await rowOf(approval.id)).status).toBe('pending');
  });

  it('rejects with a note, and records who rejected and why', async () => {
    const { caseId, approval } = await pendingRefund();
    const response = await api.decide(who.grace, approval.id, {
      decision: 'rejected',
      note: 'The fee was charged once; the second debit is the FX leg',
    });
    expect(response.statusCode).toBe(200);
    expect(approvalOf(response)).toMatchObject({
      status: 'rejected',
      decidedBy: { id: 'u-mg-grace', name: 'Grace Whitfield' },
      decisionNote: 'The fee was charged once; the second debit is the FX leg',
    });
    expect((await api.getCase(who.sofia, caseId)).stage).toBe('in_progress');
  });

  it('answers 400 for a decision that is neither approved nor rejected', async () => {
    const { approval } = await pendingRefund();
    const response = await api.decide(who.grace, approval.id, { decision: 'maybe' });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a second decision with 409 already_decided, naming who decided', async () => {
    const { approval } = await pendingRefund();
    expect((await api.decide(who.grace, approval.id, { decision: 'approved' })).statusCode).toBe(
      200,
    );
    const again = await api.decide(who.mike, approval.id, {
      decision: 'rejected',
      note: 'Changed my mind',
    });
    expect(again.statusCode).toBe(409);
    const error = errorOf(again);
    expect(error.code).toBe('already_decided');
    expect(error.message).toContain('Grace Whitfield');
    expect(error.details).toMatchObject({
      status: 'approved',
      decidedBy: { id: 'u-mg-grace', name: 'Grace Whitfield' },
    });
  });

  it('decides exactly once when two managers decide at the same moment', async () => {
    const { caseId, approval } = await pendingRefund();
    const responses = await Promise.all([
      api.decide(who.grace, approval.id, { decision: 'approved' }, '"1"'),
      api.decide(who.mike, approval.id, { decision: 'rejected', note: 'Not within policy' }, '"1"'),
    ]);
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = responses.find((r) => r.statusCode === 409);
    const winner = responses.find((r) => r.statusCode === 200);
    if (!loser || !winner) throw new Error('expected a winner and a loser');
    expect(errorOf(loser).code).toBe('already_decided');
    const won = approvalOf(winner);
    expect(errorOf(loser).message).toContain(won.decidedBy?.name ?? 'missing');

    const row = await rowOf(approval.id);
    expect(row).toMatchObject({ status: won.status, decided_by: won.decidedBy?.id, version: 2 });
    expect(await decidedEvents(approval.id)).toHaveLength(1);
    const backToWork = await t.db
      .selectFrom('stage_changes')
      .select('id')
      .where('case_id', '=', caseId)
      .where('from_stage', '=', 'pending_approval')
      .execute();
    expect(backToWork).toHaveLength(1);
  });

  it('answers 412 when If-Match names a version the approval is not at', async () => {
    const { approval } = await pendingRefund();
    const response = await api.decide(who.grace, approval.id, { decision: 'approved' }, '"7"');
    expect(response.statusCode).toBe(412);
    expect(errorOf(response)).toMatchObject({
      code: 'precondition_failed',
      details: { currentVersion: 1 },
    });
    expect((await rowOf(approval.id)).status).toBe('pending');
  });

  it('answers 428 for an If-Match it cannot read, and decides without one', async () => {
    const { approval } = await pendingRefund();
    const garbled = await api.decide(who.grace, approval.id, { decision: 'approved' }, 'abc');
    expect(garbled.statusCode).toBe(428);
    const plain = await api.decide(who.grace, approval.id, { decision: 'approved' });
    expect(plain.statusCode).toBe(200);
  });
});
