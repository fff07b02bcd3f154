import { z } from 'zod';
import { RoleSchema } from '../users/user.schema';
import { CaseSchema, CaseTypeSchema, PrioritySchema, StageSchema } from '../cases/case.schema';
import { IsoDateSchema } from '../follow-ups/follow-up.schema';
import { InteractionKindSchema } from '../interactions/interaction.schema';
import { ClientSchema, ClientSummarySchema, ContactSchema } from './client.schema';

/** Who the client is, how long they have banked here, what they hold and whom to talk to. */
export const RelationshipSnapshotSchema = z.object({
  client: ClientSummarySchema,
  tenure: z.object({
    clientSince: z.string(),
    /** Whole years since `clientSince`, counted to today in London. */
    years: z.number().int().min(0),
  }),
  /** Distinct products of the client's accounts, in name order. */
  products: z.array(z.string()),
  /** The client's contacts, those with a role first. */
  keyContacts: z.array(ContactSchema),
});
export type RelationshipSnapshot = z.infer<typeof RelationshipSnapshotSchema>;

/** One line of recent activity; a sensitive interaction never carries its notes. */
export const ActivityItemSchema = z.object({
  kind: z.enum(['interaction', 'email', 'case_event']),
  at: z.string(),
  title: z.string(),
  detail: z.string().optional(),
  caseId: z.string().optional(),
  caseReference: z.string().optional(),
  /** For interactions: meeting, call or email. */
  interactionKind: InteractionKindSchema.optional(),
  /** For interactions: flagged for review, so shown without its notes. */
  sensitive: z.boolean().optional(),
});
export type ActivityItem = z.infer<typeof ActivityItemSchema>;

/** Interactions, linked emails and case events, merged newest first. */
export const RecentActivitySchema = z.object({ items: z.array(ActivityItemSchema).max(10) });
export type RecentActivity = z.infer<typeof RecentActivitySchema>;

/** An open case with its SLA state as it stands now. */
export const OpenCaseItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  type: CaseTypeSchema,
  stage: StageSchema,
  priority: PrioritySchema,
  ownerName: z.string().nullable(),
  stageEnteredAt: z.string(),
  slaState: CaseSchema.shape.slaState,
  /** The soonest moment a running clock is due; null when none runs. */
  slaDueAt: z.string().nullable(),
});
export type OpenCaseItem = z.infer<typeof OpenCaseItemSchema>;

/** An open follow-up; overdue is derived from the due date, never stored. */
export const OpenFollowUpItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: IsoDateSchema,
  overdue: z.boolean(),
  dueInDays: z.number().int(),
  ownerName: z.string(),
  caseId: z.string().nullable(),
  caseReference: z.string().nullable(),
});
export type OpenFollowUpItem = z.infer<typeof OpenFollowUpItemSchema>;

/** A maker-checker approval still waiting for a decision on one of the client's cases. */
export const PendingApprovalItemSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseReference: z.string(),
  kind: z.string(),
  approverRole: RoleSchema,
  /** Decimal string in major units; never a float. */
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  requestedAt: z.string(),
  requestedByName: z.string(),
  expiresAt: z.string().nullable(),
});
export type PendingApprovalItem = z.infer<typeof PendingApprovalItemSchema>;

/** A required checklist item no active evidence satisfies yet, on an open case. */
export const MissingEvidenceItemSchema = z.object({
  caseId: z.string(),
  caseReference: z.string(),
  key: z.string(),
  label: z.string(),
});
export type MissingEvidenceItem = z.infer<typeof MissingEvidenceItemSchema>;

/** What is open for the client now. */
export const OpenItemsSchema = z.object({
  cases: z.array(OpenCaseItemSchema),
  followUps: z.array(OpenFollowUpItemSchema),
  approvals: z.array(PendingApprovalItemSchema),
  missingEvidence: z.array(MissingEvidenceItemSchema),
});
export type OpenItems = z.infer<typeof OpenItemsSchema>;

export const AccountStatusSchema = z.enum(['active', 'dormant', 'restricted', 'closed']);

/** One account of the client; the balance is a decimal string, never a float. */
export const AccountItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  product: z.string(),
  currency: z.string(),
  balance: z.string().regex(/^-?\d+(\.\d+)?$/, 'A decimal string such as "1250.00"'),
  status: AccountStatusSchema,
});
export type AccountItem = z.infer<typeof AccountItemSchema>;

export const AccountContextSchema = z.object({ accounts: z.array(AccountItemSchema) });
export type AccountContext = z.infer<typeof AccountContextSchema>;

/** An escalation still waiting for its decision. */
export const OpenEscalationItemSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseReference: z.string(),
  reason: z.string(),
  decideRole: RoleSchema,
  decideBy: z.string(),
});
export type OpenEscalationItem = z.infer<typeof OpenEscalationItemSchema>;

/** What anyone dealing with the client must keep in mind. */
export const WatchItemsSchema = z.object({
  riskRating: ClientSchema.shape.riskRating,
  restrictions: z.array(z.string()),
  vulnerable: z.boolean(),
  vulnerabilityNote: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  complaintHistory: z.object({
    /** Complaint cases opened in the last 12 months. */
    last12Months: z.number().int().min(0),
    total: z.number().int().min(0),
    openReferences: z.array(z.string()),
  }),
  openEscalations: z.array(OpenEscalationItemSchema),
});
export type WatchItems = z.infer<typeof WatchItemsSchema>;

/** The rules that suggest actions; each suggestion names the one that made it. */
export const SuggestionKeySchema = z.enum([
  'chase_follow_up',
  'act_on_sla',
  'collect_evidence',
  'move_stale_case',
  'prepare_review',
  'chase_approval',
]);
export type SuggestionKey = z.infer<typeof SuggestionKeySchema>;

/** Something worth doing next, and always why. */
export const SuggestedActionSchema = z.object({
  key: SuggestionKeySchema,
  title: z.string(),
  reason: z.string().min(1),
  caseId: z.string().optional(),
  followUpId: z.string().optional(),
  priority: z.enum(['high', 'medium', 'low']),
});
export type SuggestedAction = z.infer<typeof SuggestedActionSchema>;

/** Suggestions in the order to act on them: by priority, then by urgency. */
export const SuggestedActionsSchema = z.object({ items: z.array(SuggestedActionSchema) });
export type SuggestedActions = z.infer<typeof SuggestedActionsSchema>;

/**
 * `GET /api/clients/:id/brief`: what a user needs to know about a client in two minutes.
 * Every section is always present; an empty list is an empty array.
 */
export const ClientBriefSchema = z.object({
  generatedAt: z.string(),
  relationshipSnapshot: RelationshipSnapshotSchema,
  recentActivity: RecentActivitySchema,
  openItems: OpenItemsSchema,
  accountContext: AccountContextSchema,
  watchItems: WatchItemsSchema,
  suggestedActions: SuggestedActionsSchema,
});
export type ClientBrief = z.infer<typeof ClientBriefSchema>;
