import { z } from 'zod';
import { CaseTypeSchema, PrioritySchema } from '../cases/case.schema';

/** `POST /api/intake/analyze` body: the email as the add-in reads it off the item. */
export const AnalyzeEmailInputSchema = z.object({
  subject: z.string().max(998),
  bodyText: z.string().max(200_000),
  from: z.object({ name: z.string().max(320), email: z.string().max(320) }),
  attachmentNames: z.array(z.string().max(500)).max(100).default([]),
  /** Recipients; a sender on the same domain is treated as staff. */
  to: z.array(z.string().max(320)).max(100).optional(),
});
export type AnalyzeEmailInput = z.infer<typeof AnalyzeEmailInputSchema>;

/** The six case types, or `no_case` for mail that needs no operational action. */
export const IntakeLabelSchema = z.enum([...CaseTypeSchema.options, 'no_case']);
export type IntakeLabel = z.infer<typeof IntakeLabelSchema>;

/** What a handler needs for a case type and the email may not give. */
export const MissingItemSchema = z.enum([
  'account_identifier',
  'amount',
  'transaction_date',
  'transaction_reference',
  'identity_verification',
  'supporting_document',
  'beneficiary_details',
  'new_address',
  'reason',
]);
export type MissingItem = z.infer<typeof MissingItemSchema>;

/** Entity kinds, each kept as written in the email. */
export const EntityKeySchema = z.enum([
  'accountNumbers',
  'ibans',
  'amounts',
  'dates',
  'policyNumbers',
  'cardLast4',
  'transactionRefs',
]);
export type EntityKey = z.infer<typeof EntityKeySchema>;

/** Only the keys present; each value as written in the subject or body. */
export const IntakeEntitiesSchema = z.partialRecord(EntityKeySchema, z.array(z.string()));
export type IntakeEntities = z.infer<typeof IntakeEntitiesSchema>;

/** A suggestion for Create case, always shown to a person to accept or change. */
export const IntakeAnalysisSchema = z.object({
  caseType: IntakeLabelSchema,
  /** Probability per label (softmax over the rule scores); sums to 1. */
  confidence: z.record(IntakeLabelSchema, z.number().min(0).max(1)),
  priority: PrioritySchema,
  entities: IntakeEntitiesSchema,
  missing: z.array(MissingItemSchema),
  summary: z.string(),
  /** The phrases that drove the labels, e.g. `complaint: "formal complaint"`. */
  explanation: z.array(z.string()),
});
export type IntakeAnalysis = z.infer<typeof IntakeAnalysisSchema>;

/** `POST /api/intake/analyze` answer: the suggestion plus the id of its stored record, for Create case. */
export const AnalyzeEmailResultSchema = IntakeAnalysisSchema.extend({
  /** Send back as `intake.analysisId` on `POST /api/cases` to keep suggested vs chosen with the case. */
  analysisId: z.string(),
});
export type AnalyzeEmailResult = z.infer<typeof AnalyzeEmailResultSchema>;

/** One line of a labeled intake file (`test/fixtures/intake/*.jsonl`). */
export const LabeledEmailSchema = z.object({
  id: z.string(),
  subject: z.string(),
  from: z.object({ name: z.string(), email: z.string() }),
  to: z.array(z.string()).optional(),
  receivedAt: z.string().optional(),
  body: z.string(),
  attachmentNames: z.array(z.string()).optional(),
  label: z.object({
    caseType: IntakeLabelSchema,
    priority: PrioritySchema,
    entities: IntakeEntitiesSchema,
    missing: z.array(MissingItemSchema),
  }),
});
export type LabeledEmail = z.infer<typeof LabeledEmailSchema>;
