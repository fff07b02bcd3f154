import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AnalyzeEmailInput, AnalyzeEmailResult } from '../../shared/intake/intake.schema';
import type { Database } from '../db/database';
import type { IntakeAssistant, IntakeTrace } from './intake-assistant';
import { insertAnalysis } from './intake.repository';

/**
 * Analyses an email and stores the suggestion (with the prompt and output when a model was
 * asked), so the case made from it can record what was suggested against what was chosen.
 */
export async function analyzeAndRecord(
  db: Kysely<Database>,
  assistant: IntakeAssistant,
  userId: string,
  input: AnalyzeEmailInput,
): Promise<{ result: AnalyzeEmailResult; trace: IntakeTrace }> {
  const { analysis, trace } = await assistant.analyze(input);
  const id = randomUUID();
  await insertAnalysis(db, {
    id,
    user_id: userId,
    analyzed_at: new Date().toISOString(),
    provider: trace.provider,
    model: trace.model,
    suggestion: JSON.stringify(analysis),
    prompt: trace.prompt,
    output: trace.output,
    fallback_reason: trace.fallbackReason,
  });
  return { result: { ...analysis, analysisId: id }, trace };
}
