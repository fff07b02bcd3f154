import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../server/config';
import { loadIntakeLlmConfig } from '../../../../server/intake/llm/llm-config';

describe('intake LLM configuration', () => {
  it('is off by default: no INTAKE_LLM_* means the rules only', () => {
    expect(loadConfig({}).intakeLlm).toBeNull();
    expect(loadIntakeLlmConfig({ INTAKE_LLM_PROVIDER: 'off' })).toBeNull();
  });

  it('stays off when only a URL or key is set without a provider', () => {
    expect(
      loadIntakeLlmConfig({ INTAKE_LLM_BASE_URL: 'https://x.example/v1', INTAKE_LLM_API_KEY: 'k' }),
    ).toBeNull();
  });

  it('reads an OpenAI endpoint with a bearer key', () => {
    expect(
      loadIntakeLlmConfig({
        INTAKE_LLM_PROVIDER: 'openai',
        INTAKE_LLM_BASE_URL: 'https://api.openai.example/v1/',
        INTAKE_LLM_API_KEY: 'sk-1',
        INTAKE_LLM_MODEL: 'gpt-4o-mini',
      }),
    ).toEqual({
      provider: 'openai',
      baseUrl: 'https://api.openai.example/v1',
      apiKey: 'sk-1',
      authHeader: 'bearer',
      model: 'gpt-4o-mini',
      apiVersion: null,
      timeoutMs: 8000,
    });
  });

  it('defaults Azure OpenAI to the api-key header and keeps its api-version', () => {
    expect(
      loadIntakeLlmConfig({
        INTAKE_LLM_PROVIDER: 'azure-openai',
        INTAKE_LLM_BASE_URL: 'https://res.openai.azure.example/openai/deployments/triage',
        INTAKE_LLM_MODEL: 'triage',
        INTAKE_LLM_API_VERSION: '2024-10-21',
        INTAKE_LLM_TIMEOUT_MS: '5000',
      }),
    ).toMatchObject({ authHeader: 'api-key', apiVersion: '2024-10-21', timeoutMs: 5000 });
  });

  it('refuses to start half-configured rather than silently using the rules', () => {
    expect(() => loadIntakeLlmConfig({ INTAKE_LLM_PROVIDER: 'openai' })).toThrow(
      /INTAKE_LLM_BASE_URL/,
    );
    expect(() =>
      loadIntakeLlmConfig({ INTAKE_LLM_PROVIDER: 'openai', INTAKE_LLM_BASE_URL: 'https://x/v1' }),
    ).toThrow(/INTAKE_LLM_MODEL/);
    expect(() => loadIntakeLlmConfig({ INTAKE_LLM_PROVIDER: 'claude' })).toThrow(
      /INTAKE_LLM_PROVIDER/,
    );
  });
});
