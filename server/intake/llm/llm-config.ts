/** Settings for an OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI, a local server). */
export type IntakeLlmConfig = {
  /** Recorded on each analysis: `openai` or `azure-openai`. */
  provider: 'openai' | 'azure-openai';
  /** Everything before `/chat/completions`, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  apiKey: string | null;
  /** `bearer` sends `Authorization: Bearer <key>`; `api-key` sends `api-key: <key>` as Azure expects. */
  authHeader: 'bearer' | 'api-key';
  model: string;
  /** Azure's `api-version` query parameter; null leaves it off. */
  apiVersion: string | null;
  timeoutMs: number;
};

const PROVIDERS = ['openai', 'azure-openai'] as const;

/** Reads INTAKE_LLM_*; null (rules only) unless INTAKE_LLM_PROVIDER names a provider. */
export function loadIntakeLlmConfig(env: NodeJS.ProcessEnv): IntakeLlmConfig | null {
  const provider = (env.INTAKE_LLM_PROVIDER ?? '').trim().toLowerCase();
  if (provider === '' || provider === 'off' || provider === 'none' || provider === 'rules')
    return null;
  if (!PROVIDERS.includes(provider as IntakeLlmConfig['provider'])) {
    throw new Error(
      `INTAKE_LLM_PROVIDER must be "off", "openai" or "azure-openai", got "${env.INTAKE_LLM_PROVIDER}"`,
    );
  }
  const baseUrl = (env.INTAKE_LLM_BASE_URL ?? '').trim();
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new Error(`INTAKE_LLM_BASE_URL must be an http(s) URL when INTAKE_LLM_PROVIDER is set`);
  }
  const model = (env.INTAKE_LLM_MODEL ?? '').trim();
  if (!model) throw new Error('INTAKE_LLM_MODEL is required when INTAKE_LLM_PROVIDER is set');
  const authHeader =
    env.INTAKE_LLM_AUTH_HEADER?.trim().toLowerCase() ??
    (provider === 'azure-openai' ? 'api-key' : 'bearer');
  if (authHeader !== 'bearer' && authHeader !== 'api-key') {
    throw new Error(`INTAKE_LLM_AUTH_HEADER must be "bearer" or "api-key", got "${authHeader}"`);
  }
  const timeoutMs = Number(env.INTAKE_LLM_TIMEOUT_MS ?? 8000);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 120_000) {
    throw new Error(`INTAKE_LLM_TIMEOUT_MS must be 100–120000, got "${env.INTAKE_LLM_TIMEOUT_MS}"`);
  }
  return {
    provider: provider as IntakeLlmConfig['provider'],
    baseUrl: baseUrl.replace(/\/+$/, ''),
    apiKey: env.INTAKE_LLM_API_KEY?.trim() || null,
    authHeader,
    model,
    apiVersion: env.INTAKE_LLM_API_VERSION?.trim() || null,
    timeoutMs,
  };
}
