import { z } from 'zod';

/** Largest evidence file the server accepts, in bytes (15 MB). */
export const maxEvidenceFileBytes = 15 * 1024 * 1024;

/** Content types an evidence file may have; anything else is refused with 415. */
export const evidenceContentTypes = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'text/plain',
  'text/csv',
  'message/rfc822',
  'application/vnd.ms-outlook',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/msword',
  'application/vnd.ms-excel',
] as const;
export const EvidenceContentTypeSchema = z.enum(evidenceContentTypes);
export type EvidenceContentType = z.infer<typeof EvidenceContentTypeSchema>;

export const EvidenceKindSchema = z.enum(['file', 'email', 'system_reference', 'note']);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

const TitleSchema = z.string().trim().min(1, 'Evidence needs a title').max(300);
const ChecklistKeySchema = z.string().trim().min(1).max(100);

/** A file name as the user's machine had it: no folders, no control characters. */
export const EvidenceFileNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the file name')
  .max(255)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .refine((name) => !/[\u0000-\u001f\u007f/\\]/.test(name), {
    message: 'A file name cannot contain folders or control characters',
  });

/** `POST /api/cases/:id/evidence/files` query; the body is the raw file. */
export const UploadEvidenceQuerySchema = z.object({
  fileName: EvidenceFileNameSchema,
  /** Defaults to the file name. */
  title: TitleSchema.optional(),
  checklistKey: ChecklistKeySchema.optional(),
});
export type UploadEvidenceQuery = z.infer<typeof UploadEvidenceQuerySchema>;

const AddInputBase = { title: TitleSchema, checklistKey: ChecklistKeySchema.optional() };

/** `POST /api/cases/:id/evidence` body: evidence that is not an uploaded file. */
export const AddEvidenceInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), emailLinkId: z.string().min(1).max(100), ...AddInputBase }),
  z.object({
    kind: z.literal('system_reference'),
    system: z.string().trim().min(1, 'Name the system').max(200),
    reference: z.string().trim().min(1, 'Give the reference in that system').max(500),
    ...AddInputBase,
  }),
  z.object({
    kind: z.literal('note'),
    text: z.string().trim().min(1, 'A note needs text').max(20_000),
    ...AddInputBase,
  }),
]);
export type AddEvidenceInput = z.infer<typeof AddEvidenceInputSchema>;

/** `DELETE /api/evidence/:id` body: removal always says why. */
export const RemoveEvidenceInputSchema = z.object({
  reason: z
    .string({ error: 'Say why the evidence is removed' })
    .trim()
    .min(1, 'Say why the evidence is removed')
    .max(2000),
});
export type RemoveEvidenceInput = z.infer<typeof RemoveEvidenceInputSchema>;

/** `PATCH /api/evidence/:id` body; a null checklistKey detaches the item from the checklist. */
export const UpdateEvidenceInputSchema = z
  .object({ title: TitleSchema.optional(), checklistKey: ChecklistKeySchema.nullable().optional() })
  .strict()
  .refine((patch) => patch.title !== undefined || patch.checklistKey !== undefined, {
    message: 'Change the title or the checklist key',
  });
export type UpdateEvidenceInput = z.infer<typeof UpdateEvidenceInputSchema>;

const EvidenceItemBase = {
  id: z.string(),
  caseId: z.string(),
  title: z.string(),
  checklistKey: z.string().nullable(),
  addedBy: z.string(),
  addedByName: z.string(),
  addedAt: z.string(),
  removedAt: z.string().nullable(),
  removedBy: z.string().nullable(),
  removalReason: z.string().nullable(),
  version: z.number().int(),
};

/** One piece of evidence on a case, as the API returns it; removed items keep their history. */
export const EvidenceItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    ...EvidenceItemBase,
    file: z.object({
      fileName: z.string(),
      sha256: z.string(),
      size: z.number().int(),
      contentType: z.string(),
    }),
  }),
  z.object({
    kind: z.literal('email'),
    ...EvidenceItemBase,
    email: z.object({
      linkId: z.string(),
      internetMessageId: z.string(),
      subject: z.string(),
    }),
  }),
  z.object({
    kind: z.literal('system_reference'),
    ...EvidenceItemBase,
    systemReference: z.object({ system: z.string(), reference: z.string() }),
  }),
  z.object({ kind: z.literal('note'), ...EvidenceItemBase, note: z.string() }),
]);
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

/** One of the case type's evidence requirements, and the active items that meet it. */
export const EvidenceChecklistItemSchema = z.object({
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  satisfied: z.boolean(),
  satisfiedBy: z.array(z.string()),
});
export type EvidenceChecklistItem = z.infer<typeof EvidenceChecklistItemSchema>;

/** `GET /api/cases/:id/evidence` query. */
export const ListEvidenceQuerySchema = z.object({
  includeRemoved: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});

/** `GET /api/cases/:id/evidence` answer. */
export const EvidenceListSchema = z.object({
  items: z.array(EvidenceItemSchema),
  checklist: z.array(EvidenceChecklistItemSchema),
});
export type EvidenceList = z.infer<typeof EvidenceListSchema>;
