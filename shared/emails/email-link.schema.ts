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
