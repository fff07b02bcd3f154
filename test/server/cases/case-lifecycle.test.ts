import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnmetConditionSchema } from '../../../shared/cases/case-commands.schema';
import { CaseDetailSchema } from '../../../shared/cases/case-detail.schema';
import { CaseSchema, type Case } from '../../../shared/cases/case.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { createCase } from '../../factories/cases';
import { addApproval, addChecklistNote } from '../../factories/evidence';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;
let sofia: string;

beforeEach(async () => {
  t = await createTestApp();
  sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
});

afterEach(async () => {
  await t.close();
});

function move(
  c: Pick<Case, 'id' | 'version'>,
  body: object,
  ifMatch: string | null = `"${c.version}"`,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/cases/${c.id}/transitions`,
    headers: { authorization: sofia, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    payload: body,
  });
}

async function moveOk(c: Pick<Case, 'id' | 'version'>, body: object): Promise<Case> {
  const response = await move(c, body);
  expect(response.statusCode, response.body).toBe(200);
  return CaseSchema.parse(response.json());
}

const errorOf = (body: string) => ErrorBodySchema.parse(JSON.parse(body)).error;
const auditCount = async (caseId: string) =>
  (await t.db.selectFrom('audit_events').select('id').where('case_id', '=', caseId).execute())
    .length;

const goodSummary =
  'Traced the payment through the correspondent bank; it was held for a sanctions check and released on 19 November.';

describe('stage transitions', () => {
  it('moves a new case into work and answers the next version with its ETag', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const response = await move(c, { to: 'in_progress' });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    const moved = CaseSchema.parse(response.json());
    expect(moved.stage).toBe('in_progress');
    expect(moved.version).toBe(2);
  });

  it('refuses a transition without If-Match with 428 and changes nothing', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const before = await auditCount(c.id);
    const response = await move(c, { to: 'in_progress' }, null);
    expect(response.statusCode).toBe(428);
    expect(errorOf(response.body).code).toBe('precondition_required');
    expect(await auditCount(c.id)).toBe(before);
  });

  it('refuses a transition made from a stale version with 412 and loses neither change', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    await moveOk(c, { to: 'triage' });
    const stale = await move(c, { to: 'in_progress' });
    expect(stale.statusCode).toBe(412);
    expect(errorOf(stale.body)).toMatchObject({
      code: 'precondition_failed',
      details: { currentVersion: 2 },
    });
    const current = CaseSchema.parse(
      (await t.app.inject({ url: `/api/cases/${c.id}`, headers: { authorization: sofia } })).json(),
    );
    expect(current.stage).toBe('triage');
  });

  it('refuses a move the lifecycle does not allow and lists the allowed ones', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const response = await move(c, { to: 'closed' });
    expect(response.statusCode).toBe(409);
    const error = errorOf(response.body);
    expect(error.code).toBe('invalid_transition');
    expect(error.details).toMatchObject({
      from: 'new',
      to: 'closed',
      allowed: expect.arrayContaining(['in_progress']),
    });
  });

  it('asks what an internal wait is for and on whom', async () => {
    const c = await moveOk(await createCase(t, 'u-sa-sofia'), { to: 'in_progress' });
    const response = await move(c, { to: 'waiting_internal' });
    expect(response.statusCode).toBe(400);
    const paths = (errorOf(response.body).details as { issues: { path: string }[] }).issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(['reason', 'waitingOn']);
    const waiting = await moveOk(c, {
      to: 'waiting_internal',
      reason: 'Nostro reconciliation',
      waitingOn: 'Payments operations',
    });
    expect(waiting).toMatchObject({
      blockerReason: 'Nostro reconciliation',
      waitingOn: 'Payments operations',
    });
  });

  it('pauses the resolution clock while waiting on the customer, where the case type says so', async () => {
    const c = await moveOk(await createCase(t, 'u-sa-sofia'), { to: 'in_progress' });
    await moveOk(c, { to: 'waiting_customer', reason: 'Asked for the payment date' });
    const detail = CaseDetailSchema.parse(
      (await t.app.inject({ url: `/api/cases/${c.id}`, headers: { authorization: sofia } })).json(),
    );
    const resolution = detail.clocks.timers.find((x) => x.timer === 'resolution');
    const waiting = detail.clocks.timers.find((x) => x.timer === 'waiting_customer');
    expect(resolution).toMatchObject({ paused: true, running: false, dueAt: null });
    expect(waiting).toMatchObject({ running: true });
  });

  it('runs the complaint clocks: acknowledgement and a final response that never pauses', async () => {
    const c = await createCase(t, 'u-sa-sofia', { type: 'complaint' });
    const detail = CaseDetailSchema.parse(
      (await t.app.inject({ url: `/api/cases/${c.id}`, headers: { authorization: sofia } })).json(),
    );
    expect(detail.clocks.timers.map((x) => x.timer).sort()).toEqual(
      [
        'acknowledgement',
        'final_response',
        'resolution',
        'triage',
        'waiting_customer',
        'waiting_internal',
      ].sort(),
    );
    expect(detail.clocks.timers.find((x) => x.timer === 'final_response')).toMatchObject({
      running: true,
      basis: 'calendar',
    });
  });
});

describe('the closure gate', () => {
  it('lists every unmet condition at once', async () => {
    const c = await moveOk(await createCase(t, 'u-sa-sofia'), { to: 'in_progress' });
    const response = await move(c, { to: 'resolved' });
    expect(response.statusCode).toBe(409);
    const error = errorOf(response.body);
    expect(error.code).toBe('closure_blocked');
    const unmet = UnmetConditionSchema.array().parse((error.details as { unmet: unknown }).unmet);
    expect(unmet.map((u) => `${u.code}${u.key ? `:${u.key}` : ''}`).sort()).toEqual(
      [
        'close_reason_missing',
        'customer_response_missing',
        'evidence_missing:customer_update',
        'evidence_missing:transaction_record',
        'resolution_summary_vague',
      ].sort(),
    );
  });

  it.each(['done', 'ok', 'All good.', 'Sorted', 'resolved with customer'])(
    'refuses the resolution summary "%s"',
    async (summary) => {
      const c = await moveOk(await createCase(t, 'u-sa-sofia'), { to: 'in_progress' });
      const response = await move(c, { to: 'resolved', resolutionSummary: summary });
      const unmet = (errorOf(response.body).details as { unmet: { code: string }[] }).unmet;
      expect(unmet.map((u) => u.code)).toContain('resolution_summary_vague');
    },
  );

  it('resolves and closes once every condition holds, and records who, when and why', async () => {
    let c = await moveOk(await createCase(t, 'u-sa-sofia'), { to: 'in_progress' });
    await addChecklistNote(t.db, c.id, 'transaction_record', 'u-sa-sofia');
    await addChecklistNote(t.db, c.id, 'customer_update', 'u-sa-sofia');
    c = await moveOk(c, {
      to: 'resolved',
      closeReason: 'funds_located',
      resolutionSummary: goodSummary,
      customerResponse: 'Told the client by phone and email that the funds were credited.',
    });
    expect(c).toMatchObject({
      stage: 'resolved',
      closeReason: 'funds_located',
      resolvedAt: expect.any(String),
    });
    c = await moveOk(c, { to: 'closed' });
    expect(c.stage).toBe('closed');
    expect(c.closedAt).not.toBeNull();
  });

  it('refuses a close reason that is not on the case type’s list', async () => {
    const c = await moveOk(await createCase(t, 'u-sa-sofia'), { to: 'in_progress' });
    const response = await move(c, { to: 'resolved', closeReason: 'upheld' });
    const unmet = (errorOf(response.body).details as { unmet: { code: string }[] }).unmet;
    expect(unmet.map((u) => u.code)).toContain('close_reason_unknown');
  });

  it('keeps a case open while an approval is pending, and needs an approved one where the type always does', async () => {
    let c = await moveOk(await createCase(t, 'u-sa-sofia', { type: 'operational_correction' }), {
      to: 'in_progress',
    });
    for (const key of ['record_before', 'record_after', 'affected_records']) {
      await addChecklistNote(t.db, c.id, key, 'u-sa-sofia');
    }
    const attempt = {
      to: 'resolved',
      closeReason: 'completed',
      resolutionSummary: goodSummary,
      rootCause: 'Fee table loaded with the wrong tier.',
    };
    let response = await move(c, attempt);
    expect(
      (errorOf(response.body).details as { unmet: { code: string }[] }).unmet.map((u) => u.code),
    ).toEqual(['approval_missing']);
    await addApproval(t.db, c.id, {
      kind: 'correction',
      status: 'pending',
      requestedBy: 'u-sa-sofia',
    });
    response = await move(c, attempt);
    expect(
      (errorOf(response.body).details as { unmet: { code: string }[] }).unmet
        .map((u) => u.code)
        .sort(),
    ).toEqual(['approval_missing', 'approval_pending']);
    await t.db
      .updateTable('approvals')
      .set({ status: 'approved', decided_by: 'u-mg-grace' })
      .where('case_id', '=', c.id)
      .execute();
    c = await moveOk(c, attempt);
    expect(c.stage).toBe('resolved');
  });

  it('needs a root cause for a complaint', async () => {
    const c = await moveOk(await createCase(t, 'u-sa-sofia', { type: 'complaint' }), {
      to: 'in_progress',
    });
    const response = await move(c, { to: 'resolved' });
    const codes = (errorOf(response.body).details as { unmet: { code: string }[] }).unmet.map(
      (u) => u.code,
    );
    expect(codes).toContain('root_cause_missing');
  });
});

describe('reopening', () => {
  it('needs a reason, counts the reopen and clears the resolution time', async () => {
    let c = await moveOk(await createCase(t, 'u-sa-sofia', { type: 'document_request' }), {
      to: 'in_progress',
    });
    await addChecklistNote(t.db, c.id, 'delivery_record', 'u-sa-sofia');
    c = await moveOk(c, {
      to: 'resolved',
      closeReason: 'completed',
      resolutionSummary: goodSummary,
    });
    expect((await move(c, { to: 'in_progress' })).statusCode).toBe(400);
    c = await moveOk(c, {
      to: 'in_progress',
      reason: 'Client says the statement sent was for the wrong month',
    });
    expect(c).toMatchObject({ stage: 'in_progress', reopenCount: 1, resolvedAt: null });
  });
});

describe('editing a case', () => {
  function patch(c: Pick<Case, 'id'>, body: object, ifMatch: string | null) {
    return t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${c.id}`,
      headers: { authorization: sofia, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      payload: body,
    });
  }

  it('changes fields at the version the editor saw', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    const response = await patch(c, { priority: 'urgent', ownerId: 'u-sa-tom' }, '"1"');
    expect(response.statusCode).toBe(200);
    expect(CaseSchema.parse(response.json())).toMatchObject({
      priority: 'urgent',
      ownerId: 'u-sa-tom',
      ownerName: 'Tom Okafor',
      version: 2,
    });
  });

  it('never lets a stale edit overwrite a newer one', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    expect((await patch(c, { title: 'First editor' }, '"1"')).statusCode).toBe(200);
    const second = await patch(c, { title: 'Second editor' }, '"1"');
    expect(second.statusCode).toBe(412);
    const current = CaseSchema.parse(
      (await t.app.inject({ url: `/api/cases/${c.id}`, headers: { authorization: sofia } })).json(),
    );
    expect(current.title).toBe('First editor');
  });

  it('answers 428 without If-Match, and 400 for unknown fields or an unknown owner', async () => {
    const c = await createCase(t, 'u-sa-sofia');
    expect((await patch(c, { title: 'x' }, null)).statusCode).toBe(428);
    expect((await patch(c, { stage: 'closed' }, '"1"')).statusCode).toBe(400);
    expect((await patch(c, { ownerId: 'nobody' }, '"1"')).statusCode).toBe(400);
    expect((await patch(c, {}, '"1"')).statusCode).toBe(400);
  });

  it('records the acknowledgement once', async () => {
    const c = await createCase(t, 'u-sa-sofia', { type: 'complaint' });
    const first = CaseSchema.parse((await patch(c, { acknowledged: true }, '"1"')).json());
    expect(first.acknowledgedAt).not.toBeNull();
    const again = await patch(c, { acknowledged: true }, '"2"');
    expect(CaseSchema.parse(again.json()).acknowledgedAt).toBe(first.acknowledgedAt);
  });
});
