import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../pagination';
import { RoleSchema } from '../users/user.schema';

/** Where a maker-checker approval stands; only `pending` can still change. */
export const ApprovalStatusSchema = z.enum([
  'pending',
  'approved',
  'rejected',
  'withdrawn',
  'expired',
]);
export type ApprovalStatus = z.infer<typeof ApprovalStatusSchema>;

/** The outcomes an approver can choose. */
export const DecisionSchema = z.enum(['approved', 'rejected']);
export type Decision = z.infer<typeof DecisionSchema>;

const PersonRefSchema = z.object({ id: z.string(), name: z.string() });

/** An approval as the API returns it, with whether the caller may decide it and, if not, why. */
export const ApprovalSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseReference: z.string(),
  kind: z.string(),
  /** Decimal string in major units, such as "1250.00"; never a float. */
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  policyReference: z.string(),
  rationale: z.string(),
  approverRole: RoleSchema,
  expiresAt: z.string().nullable(),
  /** A pending approval past its expiry is reported as expired. */
  status: ApprovalStatusSchema,
  requestedBy: PersonRefSchema,
  requestedAt: z.string(),
  decidedBy: PersonRefSchema.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  version: z.number().int(),
  canDecide: z.boolean().optional(),
  /** When the caller cannot decide: a sentence the pane can show, such as "You requested this approval". */
  whyNot: z.string().optional(),
});
export type Approval = z.infer<typeof ApprovalSchema>;

/** A page of approvals: `{ items, nextCursor? }`. */
export const ApprovalPageSchema = pageOf(ApprovalSchema);
export type ApprovalPage = z.infer<typeof ApprovalPageSchema>;

const amountPattern = /^\d+(\.\d{1,2})?$/;
const minimumRationale = 20;

/** `POST /api/cases/:id/approvals` body. Rules that depend on the case type are checked by the server. */
export const RequestApprovalInputSchema = z
  .object({
    kind: z.string().trim().min(1, 'Choose the kind of approval').max(100),
    amount: z
      .string()
      .trim()
      .max(20)
      .regex(amountPattern, 'Write the amount as digits with up to two decimals, such as 1250.00')
      .refine(
        (value) => !amountPattern.test(value) || Number(value) > 0,
        'The amount must be more than zero',
      )
      .optional(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code, such as EUR')
      .optional(),
    policyReference: z.string().trim().min(1, 'Name the policy this approval rests on').max(200),
    rationale: z
      .string()
      .trim()
      .min(
        minimumRationale,
        `Explain why in at least ${minimumRationale} characters, so the approver can judge it`,
      )
      .max(5000),
    expiresAt: z.iso
      .datetime({ offset: true })
      // Unparsable dates are the format check's to report; this one only judges real dates.
      .refine(
        (value) => Number.isNaN(Date.parse(value)) || Date.parse(value) > Date.now(),
        'The expiry must be in the future',
      )
      .optional(),
  })
  .refine((input) => input.amount === undefined || input.currency !== undefined, {
    message: 'Give the currency of the amount',
    path: ['currency'],
  });
export type RequestApprovalInput = z.infer<typeof RequestApprovalInputSchema>;

/** `POST /api/approvals/:id/decision` body; a rejection must say why. */
export const DecisionInputSchema = z
  .object({
    decision: DecisionSchema,
    note: z.string().trim().max(2000).optional(),
  })
  .refine((input) => input.decision !== 'rejected' || Boolean(input.note), {
    message: 'Say why the request is rejected',
    path: ['note'],
  });
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** `GET /api/approvals` query: filter by status, or the caller's inbox (`decidable`) or own requests. */
export const ApprovalListQuerySchema = PageQuerySchema.extend({
  status: ApprovalStatusSchema.optional(),
  mine: z.enum(['decidable', 'requested']).optional(),
});
export type ApprovalListQuery = z.infer<typeof ApprovalListQuerySchema>;
