import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntakeAnalysisSchema } from '../../../../shared/intake/intake.schema';
import type { IntakeLlmConfig } from '../../../../server/intake/llm/llm-config';
import { createOpenAiCompatibleAssistant } from '../../../../server/intake/llm/openai-compatible-assistant';
import { chatCompletion, startFakeChatServer, type FakeChatServer } from './fake-chat-server';

let server: FakeChatServer;

beforeAll(async () => {
  server = await startFakeChatServer();
});

afterAll(async () => {
  await server.close();
});

const email = {
  subject: 'Payment to Germany not arrived',
  bodyText:
    'I sent EUR 2,400.00 on 2 November from account 61880234 to DE89370400440532013000 and it has not arrived. Please trace it.',
  from: { name: 'Jonas', email: 'jonas@mailhub.example' },
  attachmentNames: [],
};

const config = (overrides: Partial<IntakeLlmConfig> = {}): IntakeLlmConfig => ({
  provider: 'openai',
  baseUrl: server.baseUrl,
  apiKey: 'sk-test',
  authHeader: 'bearer',
  model: 'gpt-test',
  apiVersion: null,
  timeoutMs: 2000,
  ...overrides,
});

const goodAnswer = {
  caseType: 'complaint',
  priority: 'high',
  confidence: 0.7,
  missing: ['transaction_reference'],
  entities: {
    amounts: ['EUR 2,400.00'],
    // Not in the email: must be dropped.
    ibans: ['GB29NWBK60161331926819'],
    // In the email but fails no check the rules missed: kept once.
    accountNumbers: ['61880234'],
  },
  summary: 'Customer says a EUR transfer has not arrived.',
  explanation: ['customer is unhappy'],
};

describe('OpenAI-compatible intake assistant', () => {
  it("uses the model's answer, sends the prompt in chat-completions JSON mode and records both", async () => {
    server.reply({ body: chatCompletion(JSON.stringify(goodAnswer)) });
    const { analysis, trace } = await createOpenAiCompatibleAssistant(config()).analyze(email);

    expect(IntakeAnalysisSchema.parse(analysis)).toBeTruthy();
    expect(analysis.caseType).toBe('complaint');
    expect(analysis.priority).toBe('high');
    expect(analysis.confidence.complaint).toBe(0.7);
    expect(analysis.missing).toEqual(['transaction_reference']);
    expect(trace).toMatchObject({ provider: 'openai', model: 'gpt-test', fallbackReason: null });
    expect(trace.prompt).toContain('Payment to Germany not arrived');
    expect(trace.output).toBe(JSON.stringify(goodAnswer));

    const request = server.seen.at(-1);
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.body).toMatchObject({
      model: 'gpt-test',
      response_format: { type: 'json_object' },
    });
  });

  it('keeps the checked rule entities and drops model entities that are not written in the email', async () => {
    server.reply({ body: chatCompletion(JSON.stringify(goodAnswer)) });
    const { analysis } = await createOpenAiCompatibleAssistant(config()).analyze(email);
    expect(analysis.entities.ibans).toEqual(['DE89370400440532013000']);
    expect(analysis.entities.accountNumbers).toEqual(['61880234']);
    expect(analysis.entities.amounts).toEqual(['EUR 2,400.00']);
  });

  it('sends the key as an api-key header with the api-version, Azure OpenAI style', async () => {
    server.reply({ body: chatCompletion(JSON.stringify(goodAnswer)) });
    await createOpenAiCompatibleAssistant(
      config({ provider: 'azure-openai', authHeader: 'api-key', apiVersion: '2024-10-21' }),
    ).analyze(email);
    const request = server.seen.at(-1);
    expect(request?.url).toBe('/v1/chat/completions?api-version=2024-10-21');
    expect(request?.headers['api-key']).toBe('sk-test');
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('falls back to the rules when the model does not answer JSON, and records what it said', async () => {
    server.reply({ body: chatCompletion('I think this is a payment issue.') });
    const { analysis, trace } = await createOpenAiCompatibleAssistant(config()).analyze(email);
    expect(analysis.caseType).toBe('payment_investigation');
    expect(trace.provider).toBe('rules');
    expect(trace.fallbackReason).toBe('openai gpt-test: model output is not JSON');
    expect(trace.output).toBe('I think this is a payment issue.');
    expect(trace.prompt).toContain('EUR 2,400.00');
  });

  it('falls back when the JSON is not a valid suggestion, naming the bad fields only', async () => {
    server.reply({
      body: chatCompletion(JSON.stringify({ ...goodAnswer, caseType: 'refund', confidence: 3 })),
    });
    const { analysis, trace } = await createOpenAiCompatibleAssistant(config()).analyze(email);
    expect(analysis.caseType).toBe('payment_investigation');
    expect(trace.fallbackReason).toBe(
      'openai gpt-test: model output failed validation (caseType, confidence)',
    );
  });

  it('falls back when the endpoint is slower than the timeout', async () => {
    server.reply({ body: chatCompletion(JSON.stringify(goodAnswer)), delayMs: 1000 });
    const started = Date.now();
    const { analysis, trace } = await createOpenAiCompatibleAssistant(
      config({ timeoutMs: 150 }),
    ).analyze(email);
    expect(Date.now() - started).toBeLessThan(900);
    expect(analysis.caseType).toBe('payment_investigation');
    expect(trace.fallbackReason).toBe('openai gpt-test: timeout after 150 ms');
    expect(trace.output).toBeNull();
  });

  it('falls back on 401 without keeping the error body', async () => {
    server.reply({ status: 401, body: JSON.stringify({ error: { message: 'bad key' } }) });
    const { analysis, trace } = await createOpenAiCompatibleAssistant(config()).analyze(email);
    expect(analysis.caseType).toBe('payment_investigation');
    expect(trace).toMatchObject({
      provider: 'rules',
      model: null,
      output: null,
      fallbackReason: 'openai gpt-test: HTTP 401',
    });
  });

  it('falls back when nothing listens at the address', async () => {
    const { trace } = await createOpenAiCompatibleAssistant(
      config({ baseUrl: 'http://127.0.0.1:9/v1' }),
    ).analyze(email);
    expect(trace.fallbackReason).toBe('openai gpt-test: network error');
  });
});
