import { rulesAssistant, type IntakeAssistant } from './intake-assistant';
import type { IntakeLlmConfig } from './llm/llm-config';
import { createOpenAiCompatibleAssistant } from './llm/openai-compatible-assistant';

/** The rules unless an LLM is configured; the LLM adapter falls back to the rules itself. */
export function createIntakeAssistant(llm: IntakeLlmConfig | null | undefined): IntakeAssistant {
  return llm ? createOpenAiCompatibleAssistant(llm) : rulesAssistant;
}
