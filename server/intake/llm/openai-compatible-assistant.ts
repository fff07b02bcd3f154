import type { AnalyzeEmailInput } from '../../../shared/intake/intake.schema';
import { analyzeEmail } from '../analyze';
import type { IntakeAssistant, IntakeResult } from '../intake-assistant';
import { analysisFromAnswer, LlmAnswerSchema } from './llm-answer';
import type { IntakeLlmConfig } from './llm-config';
import { buildPrompt } from './llm-prompt';

/** Why the model's answer was not used; a short code, never the email or the answer. */
class Fallback extends Error {
  constructor(
    readonly reason: string,
    readonly output: string | null = null,
  ) {
    super(reason);
  }
}

function endpoint(config: IntakeLlmConfig): string {
  const query = config.apiVersion ? `?api-version=${encodeURIComponent(config.apiVersion)}` : '';
  return `${config.baseUrl}/chat/completions${query}`;
}

function authHeaders(config: IntakeLlmConfig): Record<string, string> {
  if (!config.apiKey) return {};
  return config.authHeader === 'api-key'
    ? { 'api-key': config.apiKey }
    : { authorization: `Bearer ${config.apiKey}` };
}

/** Posts the prompt and returns the assistant message's text, or throws a Fallback. */
async function complete(
  config: IntakeLlmConfig,
  messages: unknown,
  fetchImpl: typeof fetch,
): Promise<string> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(endpoint(config), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(config) },
      body: JSON.stringify({
        model: config.model,
        messages,
        temperature: 0,
        response_format: { type: 'json_object' },
      }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError')
      throw new Fallback(`timeout after ${config.timeoutMs} ms`);
    throw new Fallback('network error');
  }
  if (!response.ok) throw new Fallback(`HTTP ${response.status}`);
  let content: unknown;
  try {
    const parsed = JSON.parse(text) as { choices?: { message?: { content?: unknown } }[] };
    content = parsed.choices?.[0]?.message?.content;
  } catch {
    throw new Fallback('response is not chat-completions JSON');
  }
  if (typeof content !== 'string') throw new Fallback('response has no message content');
  return content;
}

/** Reads the model's text as the answer schema, or throws a Fallback naming the bad fields. */
function readAnswer(content: string) {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new Fallback('model output is not JSON', content);
  }
  const parsed = LlmAnswerSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'root'))];
    throw new Fallback(`model output failed validation (${fields.join(', ')})`, content);
  }
  return parsed.data;
}

/**
 * Asks an OpenAI-compatible chat-completions endpoint for the suggestion. Entities are the rule
 * extraction plus the model's verified extras. On any failure the rules answer, and the trace
 * says why; the prompt (and any output) is still recorded so a reviewer can see what happened.
 */
export function createOpenAiCompatibleAssistant(
  config: IntakeLlmConfig,
  fetchImpl: typeof fetch = fetch,
): IntakeAssistant {
  return {
    async analyze(input: AnalyzeEmailInput): Promise<IntakeResult> {
      const rules = analyzeEmail(input);
      const { messages, recorded } = buildPrompt(input);
      let output: string | null = null;
      try {
        output = await complete(config, messages, fetchImpl);
        const answer = readAnswer(output);
        const emailText = `${input.subject}\n${input.bodyText}`;
        return {
          analysis: analysisFromAnswer(answer, rules, emailText, config.model),
          trace: {
            provider: config.provider,
            model: config.model,
            prompt: recorded,
            output,
            fallbackReason: null,
          },
        };
      } catch (error) {
        if (!(error instanceof Fallback)) throw error;
        return {
          analysis: rules,
          trace: {
            provider: 'rules',
            model: null,
            prompt: recorded,
            output: error.output ?? output,
            fallbackReason: `${config.provider} ${config.model}: ${error.reason}`,
          },
        };
      }
    },
  };
}
