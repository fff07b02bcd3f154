import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDetailSchema } from '../../../../shared/cases/case-detail.schema';
import { AnalyzeEmailResultSchema } from '../../../../shared/intake/intake.schema';
import { newCaseInput } from '../../../factories/cases';
import { captureLogs } from '../../../support/log-capture';
import { createTestApp, type TestApp } from '../../../support/test-app';
import { chatCompletion, startFakeChatServer, type FakeChatServer } from './fake-chat-server';

let server: FakeChatServer;
let t: TestApp;

beforeAll(async () => {
  server = await startFakeChatServer();
  t = await createTestApp({ intakeLlm: llm() });
});

afterAll(async () => {
  await t.close();
  await server.close();
});

const llm = () => ({
  provider: 'openai' as const,
  baseUrl: server.baseUrl,
  apiKey: 'sk-test',
  authHeader: 'bearer' as const,
  model: 'gpt-test',
  apiVersion: null,
  timeoutMs: 2000,
});

const email = {
  subject: 'Please close my account',
  bodyText: 'Please close my savings account 80011946 and send the balance to my current account.',
  from: { name: 'Ron', email: 'ron@letterbox.example' },
  attachmentNames: [],
};

async function analyze() {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/intake/analyze',
    headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
    payload: email,
  });
  return AnalyzeEmailResultSchema.parse(response.json());
}

async function createAndRead(analysisId: string) {
  const token = await t.tokenFor('u-sa-sofia');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { authorization: `Bearer ${token}` },
    payload: {
      ...newCaseInput({ type: 'account_maintenance', priority: 'normal' }),
      intake: { analysisId },
    },
  });
  const detail = await t.app.inject({
    method: 'GET',
    url: `/api/cases/${created.json<{ id: string }>().id}`,
    headers: { authorization: `Bearer ${token}` },
  });
  return CaseDetailSchema.parse(detail.json());
}

describe('intake with an LLM configured', () => {
  it("records the model's prompt, output and what the person accepted on the case", async () => {
    const answer = JSON.stringify({
      caseType: 'account_maintenance',
      priority: 'low',
      confidence: 0.9,
      missing: ['identity_verification'],
      entities: { accountNumbers: ['80011946'] },
      summary: 'Customer asks to close a savings account.',
      explanation: ['closure request'],
    });
    server.reply({ body: chatCompletion(answer) });
    const result = await analyze();
    expect(result).toMatchObject({ caseType: 'account_maintenance', priority: 'low' });

    const detail = await createAndRead(result.analysisId);
    expect(detail.intake).toMatchObject({
      provider: 'openai',
      model: 'gpt-test',
      suggested: { caseType: 'account_maintenance', priority: 'low', confidence: 0.9 },
      chosen: { caseType: 'account_maintenance', priority: 'normal' },
      accepted: { caseType: true, priority: false },
      fallbackReason: null,
      output: answer,
    });
    expect(detail.intake?.prompt).toContain('Please close my savings account 80011946');
  });

  it('falls back to the rules on a 401 and keeps the reason with the case', async () => {
    server.reply({ status: 401, body: '{"error":{"message":"bad key"}}' });
    const result = await analyze();
    expect(result.caseType).toBe('account_maintenance');
    const detail = await createAndRead(result.analysisId);
    expect(detail.intake).toMatchObject({
      provider: 'rules',
      model: null,
      fallbackReason: 'openai gpt-test: HTTP 401',
      output: null,
    });
    expect(detail.intake?.prompt).toContain('80011946');
  });

  it('logs why the model was not used, but never the email, the prompt or the answer', async () => {
    const text = await captureLogs(
      t,
      async (app) => {
        server.reply({ body: chatCompletion('The customer Ron wants account 80011946 closed.') });
        await app.inject({
          method: 'POST',
          url: '/api/intake/analyze',
          headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
          payload: email,
        });
      },
      { intakeLlm: llm() },
    );
    expect(text).toContain('openai gpt-test: model output is not JSON');
    for (const secret of ['80011946', 'savings account', 'ron@letterbox', 'The customer Ron']) {
      expect(text, secret).not.toContain(secret);
    }
  });
});
