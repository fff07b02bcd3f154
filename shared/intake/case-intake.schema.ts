import { z } from 'zod';
import { CaseTypeSchema, PrioritySchema } from '../cases/case.schema';
import { IntakeLabelSchema, MissingItemSchema } from './intake.schema';

/**
 * What intake assist suggested for a case and what the person chose, as `GET /api/cases/:id`
 * shows it. `prompt` and `output` are set only when a language model was asked.
 */
export const CaseIntakeRecordSchema = z.object({
  analysisId: z.string(),
  /** `rules`, or the LLM provider (e.g. `openai`) that produced the suggestion. */
  provider: z.string(),
  model: z.string().nullable(),
  analyzedAt: z.string(),
  suggested: z.object({
    caseType: IntakeLabelSchema,
    priority: PrioritySchema,
    /** The confidence of the suggested case type, 0–1. */
    confidence: z.number().min(0).max(1),
    missing: z.array(MissingItemSchema),
  }),
  chosen: z.object({ caseType: CaseTypeSchema, priority: PrioritySchema }),
  accepted: z.object({ caseType: z.boolean(), priority: z.boolean() }),
  /** Why the model's answer was not used and the rules answered instead; null when it was used or never asked. */
  fallbackReason: z.string().nullable(),
  /** The text sent to the model, exactly. */
  prompt: z.string().nullable(),
  /** The model's raw answer, exactly. */
  output: z.string().nullable(),
});
export type CaseIntakeRecord = z.infer<typeof CaseIntakeRecordSchema>;
