import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePendingApproval } from '../../../server/approvals/approval.repository';
import { expireDueApprovals } from '../../../server/approvals/approval-expiry.service';
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

async function pendingException(expiresAt: string) {
  const created = await api.createCase(who.sofia, 'internal_approval');
  await api.moveCase(who.sofia, created.id, 'in_progress');
  const response = await api.request(
    who.sofia,
    created.id,
    validRequest.policyException(expiresAt),
  );
  expect(response.statusCode).toBe(201);
  return { caseId: created.id, approval: approvalOf(response) };
}

async function actionsOf(caseId: string) {
  const rows = await t.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id'])
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => `${r.action} by ${r.actor_id}`);
}

describe('expiry', () => {
  it('expires a pending approval whose expiry has passed, with an audit event, and frees the case', async () => {
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    const { caseId, approval } = await pendingException(expiresAt);
    expect(await expireDueApprovals(t.db, new Date())).toBe(0);

    const later = new Date(Date.now() + 5 * 60_000);
    expect(await expireDueApprovals(t.db, later)).toBe(1);
    expect(await expireDueApprovals(t.db, later)).toBe(0);

    const expired = approvalOf(await api.get(who.grace, `/api/approvals/${approval.id}`));
    expect(expired).toMatchObject({ status: 'expired', version: 2, canDecide: false });
    expect((await api.getCase(who.sofia, caseId)).stage).toBe('in_progress');
    expect((await actionsOf(caseId)).slice(-2)).toEqual([
      'approval.expired by system',
      'case.stage_changed by system',
    ]);

    const response = await api.decide(who.grace, approval.id, { decision: 'approved' });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'already_decided',
      details: { status: 'expired' },
    });
  });

  it('treats a pending approval past its expiry as expired before the job has run', async () => {
    const { caseId, approval } = await pendingException(
      new Date(Date.now() + 60_000).toISOString(),
    );
    await t.db
      .updateTable('approvals')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', approval.id)
      .execute();

    const seen = approvalOf(await api.get(who.grace, `/api/approvals/${approval.id}`));
    expect(seen).toMatchObject({ status: 'expired', canDecide: false });

    const response = await api.decide(who.grace, approval.id, { decision: 'approved' });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'already_decided',
      details: { status: 'expired' },
    });
    const row = await t.db
      .selectFrom('approvals')
      .select(['status', 'decided_by'])
      .where('id', '=', approval.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'expired', decided_by: null });
    expect((await api.getCase(who.sofia, caseId)).stage).toBe('in_progress');
  });

  it('refuses a service agent on an overdue approval for the role, before looking at the expiry', async () => {
    const { approval } = await pendingException(new Date(Date.now() + 60_000).toISOString());
    await t.db
      .updateTable('approvals')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', approval.id)
      .execute();
    const response = await api.decide(who.tom, approval.id, { decision: 'approved' });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/approvals/:id/withdraw', () => {
  it('lets the requester withdraw a pending request, and the case goes back to work', async () => {
    const { caseId, approval } = await pendingException(
      new Date(Date.now() + 86_400_000).toISOString(),
    );
    const response = await api.withdraw(who.sofia, approval.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(approvalOf(response)).toMatchObject({ status: 'withdrawn', decidedBy: null });
    expect((await api.getCase(who.sofia, caseId)).stage).toBe('in_progress');
    expect((await actionsOf(caseId)).slice(-2)).toEqual([
      'approval.withdrawn by u-sa-sofia',
      'case.stage_changed by u-sa-sofia',
    ]);
  });

  it('refuses a withdrawal by anyone but the requester, a manager included', async () => {
    const { approval } = await pendingException(new Date(Date.now() + 86_400_000).toISOString());
    const byManager = await api.withdraw(who.grace, approval.id);
    expect(byManager.statusCode).toBe(403);
    expect(errorOf(byManager).code).toBe('forbidden');
    // Tom works payments and cannot see an internal-approval case at all.
    expect((await api.withdraw(who.tom, approval.id)).statusCode).toBe(404);
  });

  it('refuses to withdraw a request that was already decided', async () => {
    const { approval } = await pendingException(new Date(Date.now() + 86_400_000).toISOString());
    await api.decide(who.grace, approval.id, { decision: 'approved' });
    const response = await api.withdraw(who.sofia, approval.id);
    expect(response.statusCode).toBe(409);
    expect(errorOf(response)).toMatchObject({
      code: 'already_decided',
      details: { status: 'approved' },
    });
  });

  it('refuses to decide a withdrawn request', async () => {
    const { approval } = await pendingException(new Date(Date.now() + 86_400_000).toISOString());
    await api.withdraw(who.sofia, approval.id);
    const response = await api.decide(who.grace, approval.id, { decision: 'approved' });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).details).toMatchObject({ status: 'withdrawn' });
  });
});

describe('closePendingApproval', () => {
  it('closes a pending approval only once at the database, whatever the caller read', async () => {
    const { approval } = await pendingException(new Date(Date.now() + 86_400_000).toISOString());
    const close = (status: string) =>
      closePendingApproval(t.db, approval.id, {
        status,
        decided_by: 'u-mg-grace',
        decided_at: new Date().toISOString(),
        decision_note: null,
      });
    expect(await close('approved')).toBe(true);
    expect(await close('rejected')).toBe(false);
    const row = await t.db
      .selectFrom('approvals')
      .select(['status', 'version'])
      .where('id', '=', approval.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'approved', version: 2 });
  });
});
