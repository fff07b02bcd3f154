import { z } from 'zod';
import { pageOf } from '../pagination';

/** The kinds of operational case Caseline handles. */
export const CaseTypeSchema = z.enum([
  'account_maintenance',
  'payment_investigation',
  'complaint',
  'operational_correction',
  'document_request',
  'internal_approval',
]);
export type CaseType = z.infer<typeof CaseTypeSchema>;

export const PrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof PrioritySchema>;

/** Lifecycle stages of a case. */
export const StageSchema = z.enum([
  'new',
  'triage',
  'in_progress',
  'waiting_customer',
  'waiting_internal',
  'pending_approval',
  'resolved',
  'closed',
]);
export type Stage = z.infer<typeof StageSchema>;

export const ChannelSchema = z.enum(['email', 'phone', 'meeting', 'branch', 'internal']);
export type Channel = z.infer<typeof ChannelSchema>;

/** The email a case was made from, as the add-in reads it off the item. */
export const SourceEmailSchema = z.object({
  internetMessageId: z.string().trim().min(1).max(998),
  conversationId: z.string().trim().max(512).nullable().optional(),
  subject: z.string().max(998),
  from: z.object({ name: z.string().max(320), email: z.email().max(320) }),
  receivedAt: z.iso.datetime({ offset: true }),
});
export type SourceEmail = z.infer<typeof SourceEmailSchema>;

/** `POST /api/cases` body. */
export const CreateCaseInputSchema = z.object({
  clientId: z.string().min(1),
  contactId: z.string().min(1).optional(),
  type: CaseTypeSchema,
  priority: PrioritySchema,
  title: z.string().trim().min(1, 'A case needs a title').max(300),
  description: z.string().max(20_000).default(''),
  channel: z.literal('email'),
  sourceEmail: SourceEmailSchema,
  /** The intake analysis the form started from; suggested vs chosen is then kept with the case. */
  intake: z.object({ analysisId: z.string().trim().min(1).max(100) }).optional(),
});
export type CreateCaseInput = z.infer<typeof CreateCaseInputSchema>;

/** A case as the API returns it. */
export const CaseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number().int(),
  clientId: z.string(),
  clientName: z.string(),
  contactId: z.string().nullable(),
  type: CaseTypeSchema,
  priority: PrioritySchema,
  stage: StageSchema,
  title: z.string(),
  description: z.string(),
  channel: ChannelSchema,
  queue: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  stageEnteredAt: z.string(),
  reopenCount: z.number().int(),
  blockerReason: z.string().nullable(),
  waitingOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  resolutionSummary: z.string().nullable(),
  rootCause: z.string().nullable(),
  customerResponse: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  materialImpact: z.boolean(),
  slaState: z.enum(['on_track', 'at_risk', 'breached']),
  slaDueAt: z.string().nullable(),
});
export type Case = z.infer<typeof CaseSchema>;

export const CasePageSchema = pageOf(CaseSchema);

const csv = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
      z.array(item).min(1),
    )
    .optional();

/** `GET /api/cases` query: who and what to look for, and in which order. */
export const CaseSearchQuerySchema = z.object({
  clientId: z.string().min(1).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  stage: csv(StageSchema),
  queue: z.string().trim().min(1).max(100).optional(),
  /** A user id, or `me` for the caller. */
  ownerId: z.string().min(1).optional(),
  slaState: csv(z.enum(['on_track', 'at_risk', 'breached'])),
  /** `open` leaves out resolved and closed cases. */
  open: z.enum(['true', 'false']).optional(),
  sort: z.enum(['newest', 'sla']).default('newest'),
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type CaseSearchQuery = z.infer<typeof CaseSearchQuerySchema>;
