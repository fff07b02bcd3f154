import { z } from 'zod';
import { CaseTypeSchema } from '../cases/case.schema';

/** Why a reply is being written; each case type has one template per purpose. */
export const DraftPurposeSchema = z.enum([
  'acknowledge',
  'request_missing_information',
  'status_update',
  'resolution',
]);
export type DraftPurpose = z.infer<typeof DraftPurposeSchema>;

/** A reply template as the API returns it; subject and body are plain text with `{{placeholders}}`. */
export const DraftTemplateSchema = z.object({
  id: z.string(),
  caseType: CaseTypeSchema,
  purpose: DraftPurposeSchema,
  subject: z.string(),
  body: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** Null while the template is still the default Caseline shipped. */
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type DraftTemplate = z.infer<typeof DraftTemplateSchema>;

export const DraftTemplateListSchema = z.object({ items: z.array(DraftTemplateSchema) });

/** `PATCH /api/templates/:id` body: the new subject, body or both. */
export const UpdateDraftTemplateInputSchema = z
  .object({
    subject: z.string().trim().min(1, 'A template needs a subject').max(300).optional(),
    body: z.string().trim().min(1, 'A template needs a body').max(20_000).optional(),
  })
  .strict()
  .refine((v) => v.subject !== undefined || v.body !== undefined, {
    message: 'Send a new subject, body or both',
  });
export type UpdateDraftTemplateInput = z.infer<typeof UpdateDraftTemplateInputSchema>;

/** `POST /api/cases/:id/drafts` body. */
export const PrepareDraftInputSchema = z.object({ purpose: DraftPurposeSchema }).strict();
export type PrepareDraftInput = z.infer<typeof PrepareDraftInputSchema>;

/** A reply filled from a case's facts, for a person to review and send; Caseline never sends it. */
export const PreparedReplySchema = z.object({
  caseId: z.string(),
  purpose: DraftPurposeSchema,
  templateId: z.string(),
  templateVersion: z.number().int(),
  subject: z.string(),
  body: z.string(),
  /** Placeholders left visible because the case lacks that fact, e.g. `{{contact.name}}`. */
  missingFacts: z.array(z.string()),
});
export type PreparedReply = z.infer<typeof PreparedReplySchema>;
