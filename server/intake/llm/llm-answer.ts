import { z } from 'zod';
import { PrioritySchema } from '../../../shared/cases/case.schema';
import {
  EntityKeySchema,
  IntakeLabelSchema,
  MissingItemSchema,
  type EntityKey,
  type IntakeAnalysis,
  type IntakeEntities,
  type IntakeLabel,
} from '../../../shared/intake/intake.schema';
import { isValidIban } from '../entities/iban';

/** The JSON object the prompt asks for; anything else is rejected and the rules answer. */
export const LlmAnswerSchema = z.object({
  caseType: IntakeLabelSchema,
  priority: PrioritySchema,
  confidence: z.number().min(0).max(1),
  missing: z.array(MissingItemSchema).max(9).default([]),
  entities: z.record(z.string(), z.array(z.string().max(200)).max(50)).default({}),
  summary: z.string().max(2000).default(''),
  explanation: z.array(z.string().max(500)).max(20).default([]),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

// A model's entity is kept only if it is written in the email and has the right shape.
const SHAPE: Record<EntityKey, (value: string) => boolean> = {
  accountNumbers: (v) => /\d{3,}/.test(v),
  ibans: (v) => isValidIban(v),
  amounts: (v) => /\d/.test(v),
  dates: (v) => /[A-Za-z0-9]/.test(v),
  policyNumbers: (v) => /\d{3,}/.test(v),
  cardLast4: (v) => /^\d{4}$/.test(v),
  transactionRefs: (v) => /\d{3,}/.test(v),
};

/**
 * The rule extraction, plus whatever the model found that is written verbatim in the email
 * and passes the shape check (IBAN mod-97, four-digit card ending...). The rules' entities
 * are always kept: they are checked, and a model cannot remove them.
 */
export function mergeEntities(
  rules: IntakeEntities,
  model: Record<string, string[]>,
  emailText: string,
): IntakeEntities {
  const merged: IntakeEntities = {};
  for (const key of EntityKeySchema.options) {
    const values = [...(rules[key] ?? [])];
    for (const raw of model[key] ?? []) {
      const value = raw.trim();
      if (value && !values.includes(value) && emailText.includes(value) && SHAPE[key](value))
        values.push(value);
    }
    if (values.length > 0) merged[key] = values;
  }
  return merged;
}

/** One label's confidence from the model; the rest is shared evenly, so the record sums to 1. */
function confidenceRecord(label: IntakeLabel, confidence: number): Record<IntakeLabel, number> {
  const others = IntakeLabelSchema.options.length - 1;
  const rest = Math.round(((1 - confidence) / others) * 1000) / 1000;
  return Object.fromEntries(
    IntakeLabelSchema.options.map((l) => [l, l === label ? confidence : rest]),
  ) as Record<IntakeLabel, number>;
}

/** Turns a validated model answer into the analysis shape, on top of the rules' own result. */
export function analysisFromAnswer(
  answer: LlmAnswer,
  rules: IntakeAnalysis,
  emailText: string,
  model: string,
): IntakeAnalysis {
  const summary = answer.summary.trim();
  return {
    caseType: answer.caseType,
    confidence: confidenceRecord(answer.caseType, answer.confidence),
    priority: answer.priority,
    entities: mergeEntities(rules.entities, answer.entities, emailText),
    missing: answer.caseType === 'no_case' ? [] : [...new Set(answer.missing)],
    summary: summary
      ? summary.length > 600
        ? `${summary.slice(0, 597)}...`
        : summary
      : rules.summary,
    explanation: [
      `suggested by ${model}`,
      ...answer.explanation.map((e) => `model: ${e}`),
      `rules would say ${rules.caseType} (${rules.priority})`,
    ],
  };
}
