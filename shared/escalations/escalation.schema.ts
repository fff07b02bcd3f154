import { z } from 'zod';
import { RoleSchema } from '../users/user.schema';

/** A decision someone must make about a case, and by when. */
export const EscalationSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseReference: z.string(),
  ruleKey: z.string(),
  reason: z.string(),
  decideRole: RoleSchema,
  decideBy: z.string(),
  status: z.enum(['open', 'resolved']),
  firedAt: z.string(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type Escalation = z.infer<typeof EscalationSchema>;

export const EscalationListSchema = z.object({ items: z.array(EscalationSchema) });

/** `POST /api/escalations/:id/resolve` body: what was decided. */
export const ResolveEscalationInputSchema = z.object({ note: z.string().trim().min(10).max(5000) });

/** `GET /api/escalations` query. */
export const EscalationListQuerySchema = z.object({
  status: z.enum(['open', 'resolved']).optional(),
});
