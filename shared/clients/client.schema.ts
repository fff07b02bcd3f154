import { z } from 'zod';
import { pageOf } from '../pagination';

/** Business segments a client belongs to. */
export const SegmentSchema = z.enum(['retail', 'private_banking', 'commercial', 'insurance']);
export type Segment = z.infer<typeof SegmentSchema>;

/** A person at (or who is) a client, reachable by email. */
export const ContactSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string().nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** A client as it appears in lists and matches. */
export const ClientSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  segment: SegmentSchema,
  ownerId: z.string(),
  ownerName: z.string(),
});
export type ClientSummary = z.infer<typeof ClientSummarySchema>;

/** A client with its contacts, as `GET /api/clients/:id` answers. */
export const ClientSchema = ClientSummarySchema.extend({
  clientSince: z.string(),
  riskRating: z.enum(['low', 'medium', 'high']),
  contacts: z.array(ContactSchema),
});
export type Client = z.infer<typeof ClientSchema>;

export const ClientPageSchema = pageOf(ClientSummarySchema);

export const ClientListQuerySchema = z.object({
  query: z.string().trim().max(200).optional(),
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const ClientMatchQuerySchema = z.object({ email: z.email().max(320) });

/** One candidate client for a sender address, and how it was found. */
export const ClientMatchSchema = z.object({
  client: ClientSummarySchema,
  contact: ContactSchema.nullable(),
  matchedBy: z.enum(['contact', 'domain']),
});
export type ClientMatch = z.infer<typeof ClientMatchSchema>;

export const ClientMatchListSchema = z.object({ items: z.array(ClientMatchSchema) });
