import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTimelineSchema } from '../../../shared/audit/audit.schema';
import { CaseDetailSchema } from '../../../shared/cases/case-detail.schema';
import { AnalyzeEmailResultSchema } from '../../../shared/intake/intake.schema';
import { newCaseInput } from '../../factories/cases';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const email = {
  subject: 'Formal complaint – refund never arrived',
  bodyText:
    'I want to make a formal complaint. Strideway refunded £89.50 to my card ending 2718 a month ago and it never arrived. Nobody at your bank has helped. This is unacceptable.',
  from: { name: 'Nadia', email: 'nadia@inbox-uk.example' },
  attachmentNames: [],
};

async function analyze(userId: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/intake/analyze',
    headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
    payload: email,
  });
  expect(response.statusCode).toBe(200);
  return AnalyzeEmailResultSchema.parse(response.json());
}

async function createWith(
  userId: string,
  analysisId: string,
  type = 'complaint',
  priority = 'high',
) {
  return t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
    payload: {
      ...newCaseInput({ type: type as 'complaint', priority: priority as 'high' }),
      intake: { analysisId },
    },
  });
}

async function getDetail(userId: string, caseId: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/cases/${caseId}`,
    headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
  });
  return CaseDetailSchema.parse(response.json());
}

describe('recording intake suggestions on cases', () => {
  it('answers an analysisId and stores the suggestion under it for the caller', async () => {
    const result = await analyze('u-sa-sofia');
    expect(result.caseType).toBe('complaint');
    const row = await t.db
      .selectFrom('intake_analyses')
      .selectAll()
      .where('id', '=', result.analysisId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ user_id: 'u-sa-sofia', provider: 'rules', model: null });
    expect(row.prompt).toBeNull();
    expect(JSON.parse(row.suggestion)).toMatchObject({ caseType: 'complaint' });
  });

  it('keeps what was suggested and what the person chose with the case, and shows it in the detail', async () => {
    const result = await analyze('u-sa-sofia');
    const created = await createWith('u-sa-sofia', result.analysisId, 'complaint', 'normal');
    expect(created.statusCode).toBe(201);
    const detail = await getDetail('u-sa-sofia', created.json<{ id: string }>().id);
    expect(detail.intake).toEqual({
      analysisId: result.analysisId,
      provider: 'rules',
      model: null,
      analyzedAt: expect.any(String),
      suggested: {
        caseType: 'complaint',
        priority: result.priority,
        confidence: result.confidence.complaint,
        missing: result.missing,
      },
      chosen: { caseType: 'complaint', priority: 'normal' },
      accepted: { caseType: true, priority: result.priority === 'normal' },
      fallbackReason: null,
      prompt: null,
      output: null,
    });
  });

  it('puts suggested vs chosen on the case timeline', async () => {
    const result = await analyze('u-sa-sofia');
    const created = await createWith('u-sa-sofia', result.analysisId, 'payment_investigation');
    const caseId = created.json<{ id: string }>().id;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/audit`,
      headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
    });
    const { items } = AuditTimelineSchema.parse(response.json());
    const event = items.find((e) => e.action === 'case.intake_recorded');
    expect(event?.summary).toContain('suggested complaint');
    expect(event?.summary).toContain('chose payment_investigation');
  });

  it("refuses someone else's analysis with 404 and makes no case", async () => {
    const theirs = await analyze('u-rm-amelia');
    const before = await t.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await createWith('u-sa-sofia', theirs.analysisId);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
    const after = await t.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses an unknown analysis id with 404', async () => {
    const response = await createWith('u-sa-sofia', 'no-such-analysis');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses to record one analysis on two cases', async () => {
    const result = await analyze('u-sa-sofia');
    expect((await createWith('u-sa-sofia', result.analysisId)).statusCode).toBe(201);
    const again = await createWith('u-sa-sofia', result.analysisId);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('lets only one of two racing creates use an analysis; the other makes no case', async () => {
    const result = await analyze('u-sa-sofia');
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('cases')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const answers = await Promise.all([
      createWith('u-sa-sofia', result.analysisId),
      createWith('u-sa-sofia', result.analysisId),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await count()).toBe(before + 1);
  });

  it('shows intake as null for a case made without a suggestion', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
      payload: newCaseInput(),
    });
    const detail = await getDetail('u-sa-sofia', response.json<{ id: string }>().id);
    expect(detail.intake).toBeNull();
  });
});
