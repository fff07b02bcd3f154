import { z } from 'zod';
import { CaseSchema, SourceEmailSchema } from '../cases/case.schema';

/** `GET /api/emails/links` query: the email being read. */
export const EmailLinksQuerySchema = z
  .object({
    internetMessageId: z.string().trim().min(1).max(998).optional(),
    conversationId: z.string().trim().min(1).max(512).optional(),
  })
  .refine((q) => q.internetMessageId || q.conversationId, {
    message: 'Give internetMessageId or conversationId',
  });

/** One link between an email and a case, with who made it. */
export const EmailLinkSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  internetMessageId: z.string(),
  conversationId: z.string().nullable(),
  subject: z.string(),
  linkedBy: z.string(),
  linkedByName: z.string(),
  linkedAt: z.string(),
});
export type EmailLink = z.infer<typeof EmailLinkSchema>;

/** A case the current email belongs to, and whether by this message or only its conversation. */
export const LinkedCaseSchema = z.object({
  case: CaseSchema,
  link: EmailLinkSchema,
  matchedBy: z.enum(['message', 'conversation']),
  /** The case was made from this very email, which therefore stays on it. */
  madeFromThisEmail: z.boolean().default(false),
});
export type LinkedCase = z.infer<typeof LinkedCaseSchema>;

export const LinkedCaseListSchema = z.object({
  items: z.array(LinkedCaseSchema),
  /** Cases this very message is on that the caller may not open: enough to say it is taken. */
  hiddenMessageCases: z.number().int().optional(),
});

/** `POST /api/cases/:id/links` body. */
export const CreateEmailLinkInputSchema = z.object({ email: SourceEmailSchema });
export type CreateEmailLinkInput = z.infer<typeof CreateEmailLinkInputSchema>;

/** `POST /api/cases/:id/links/:linkId/unlink` path: the case and one of its email links. */
export const EmailLinkParamsSchema = z.object({
  id: z.string().min(1).max(100),
  linkId: z.string().min(1).max(100),
});

/** `POST /api/cases/:id/links/:linkId/unlink` body: unlinking always says why. */
export const UnlinkEmailInputSchema = z.object({
  reason: z
    .string({ error: 'Say why the email is unlinked' })
    .trim()
    .min(1, 'Say why the email is unlinked')
    .max(2000),
});
export type UnlinkEmailInput = z.infer<typeof UnlinkEmailInputSchema>;

/** An email link after it was undone: when, by whom and why. */
export const UnlinkedEmailLinkSchema = EmailLinkSchema.extend({
  unlinkedAt: z.string(),
  unlinkedBy: z.string(),
  unlinkReason: z.string(),
});
export type UnlinkedEmailLink = z.infer<typeof UnlinkedEmailLinkSchema>;
