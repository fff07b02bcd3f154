import type { AnalyzeEmailInput, IntakeAnalysis } from '../../shared/intake/intake.schema';
import { analyzeEmail } from './analyze';

/**
 * How a suggestion came about, kept with the analysis so a reviewer can see what an AI saw
 * and said. Never logged: prompt and output carry the customer's email.
 */
export type IntakeTrace = {
  /** `rules`, or the LLM provider whose answer was used. */
  provider: string;
  model: string | null;
  /** The exact text sent to a model; null when none was asked. */
  prompt: string | null;
  /** The model's raw answer; null when none was asked or none came back. */
  output: string | null;
  /** Why a model's answer was not used and the rules answered instead; free of customer data. */
  fallbackReason: string | null;
};

export type IntakeResult = { analysis: IntakeAnalysis; trace: IntakeTrace };

/** Anything that turns an email into a suggestion for Create case. */
export type IntakeAssistant = {
  analyze(input: AnalyzeEmailInput): Promise<IntakeResult>;
};

/** The default: local rules, no network, the same answer every time. */
export const rulesAssistant: IntakeAssistant = {
  analyze: async (input) => ({
    analysis: analyzeEmail(input),
    trace: { provider: 'rules', model: null, prompt: null, output: null, fallbackReason: null },
  }),
};
