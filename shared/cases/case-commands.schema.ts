import { z } from 'zod';
import { PrioritySchema, StageSchema } from './case.schema';

const optionalText = (max: number) => z.string().trim().max(max).optional();

/** `POST /api/cases/:id/transitions` body: where to move the case, and what that move needs. */
export const TransitionInputSchema = z.object({
  to: StageSchema,
  reason: optionalText(2000),
  /** For waiting_internal: the team or person being waited on. */
  waitingOn: optionalText(200),
  closeReason: optionalText(100),
  resolutionSummary: optionalText(10_000),
  rootCause: optionalText(5000),
  customerResponse: optionalText(10_000),
});
export type TransitionInput = z.infer<typeof TransitionInputSchema>;

/** `PATCH /api/cases/:id` body: the fields a handler may edit directly. */
export const UpdateCaseInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().max(20_000),
    priority: PrioritySchema,
    ownerId: z.string().min(1).nullable(),
    queue: z.string().trim().min(1).max(100),
    materialImpact: z.boolean(),
    rootCause: z.string().trim().max(5000).nullable(),
    customerResponse: z.string().trim().max(10_000).nullable(),
    acknowledged: z.literal(true),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Change at least one field' });
export type UpdateCaseInput = z.infer<typeof UpdateCaseInputSchema>;

/** One reason the closure gate refuses to resolve or close a case. */
export const UnmetConditionSchema = z.object({
  code: z.enum([
    'close_reason_missing',
    'close_reason_unknown',
    'resolution_summary_vague',
    'root_cause_missing',
    'evidence_missing',
    'approval_pending',
    'approval_missing',
    'customer_response_missing',
  ]),
  message: z.string(),
  /** The checklist item or approval the condition is about. */
  key: z.string().optional(),
});
export type UnmetCondition = z.infer<typeof UnmetConditionSchema>;
