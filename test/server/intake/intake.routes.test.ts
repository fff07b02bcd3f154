import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntakeAnalysisSchema } from '../../../shared/intake/intake.schema';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const body = {
  subject: 'Refund not received',
  bodyText:
    'Hi, Strideway refunded £89.50 to my card ending 2718 (refund ref RF-338172) but it is not on my account. Could you check?',
  from: { name: 'Nadia', email: 'nadia@inbox-uk.example' },
  attachmentNames: [],
};

describe('POST /api/intake/analyze', () => {
  it('needs a token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/intake/analyze',
      payload: body,
    });
    expect(response.statusCode).toBe(401);
  });

  it('answers 400 when the email is not in the expected shape', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/intake/analyze',
      headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
      payload: { subject: 'no body' },
    });
    expect(response.statusCode).toBe(400);
  });

  it('returns a suggestion in the shared shape', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/intake/analyze',
      headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    const analysis = IntakeAnalysisSchema.parse(response.json());
    expect(analysis.caseType).toBe('payment_investigation');
    expect(analysis.entities).toMatchObject({
      amounts: ['£89.50'],
      cardLast4: ['2718'],
      transactionRefs: ['RF-338172'],
    });
    expect(analysis.missing).toEqual(['transaction_date']);
  });
});
