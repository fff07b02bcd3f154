import { z } from 'zod';
import { FollowUpDraftSchema, FollowUpSchema } from '../follow-ups/follow-up.schema';
import { pageOf, PageQuerySchema } from '../pagination';

/** How the relationship contact happened. */
export const InteractionKindSchema = z.enum(['meeting', 'call', 'email']);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/** Someone who took part; `internal` marks the bank's own people. */
export const ParticipantSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320).optional(),
    internal: z.boolean(),
  })
  .strict();
export type Participant = z.infer<typeof ParticipantSchema>;

const shortTexts = z.array(z.string().trim().min(1).max(2000)).max(50);

/** An interaction as the API returns it, with the follow-ups promised in it. */
export const InteractionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  clientId: z.string(),
  kind: InteractionKindSchema,
  occurredAt: z.string(),
  purpose: z.string(),
  notes: z.string(),
  participants: z.array(ParticipantSchema),
  asks: z.array(z.string()),
  decisions: z.array(z.string()),
  /** Flagged for review by managers and auditors. */
  sensitive: z.boolean(),
  /** The Outlook item it was recorded from. */
  sourceItemId: z.string().nullable(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  createdAt: z.string(),
  followUps: z.array(FollowUpSchema),
});
export type Interaction = z.infer<typeof InteractionSchema>;

export const InteractionPageSchema = pageOf(InteractionSchema);

/** `POST /api/clients/:id/interactions` body; each promise becomes a follow-up. */
export const RecordInteractionInputSchema = z
  .object({
    kind: InteractionKindSchema,
    occurredAt: z.iso.datetime({ offset: true }),
    purpose: z.string().trim().min(1, 'Say what the interaction was for').max(500),
    notes: z.string().max(20_000).default(''),
    participants: z.array(ParticipantSchema).max(50).default([]),
    asks: shortTexts.default([]),
    decisions: shortTexts.default([]),
    sensitive: z.boolean().default(false),
    sourceItemId: z.string().trim().min(1).max(1000).optional(),
    /** Owners default to whoever records the interaction. */
    promises: z.array(FollowUpDraftSchema).max(50).default([]),
  })
  .strict();
export type RecordInteractionInput = z.infer<typeof RecordInteractionInputSchema>;

/** `GET /api/clients/:id/interactions` query. */
export const InteractionPageQuerySchema = PageQuerySchema;

/** `GET /api/interactions` query: `sensitive=true` lists those flagged for review. */
export const InteractionListQuerySchema = PageQuerySchema.extend({
  sensitive: z.enum(['true', 'false']).optional(),
});
