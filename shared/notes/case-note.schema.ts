import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../pagination';

/** The longest internal note a case takes, in characters after trimming. */
export const noteMaxLength = 5000;

/** An internal note on a case: for the people working it, never sent to the client. */
export const CaseNoteSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  body: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type CaseNote = z.infer<typeof CaseNoteSchema>;

/** `GET /api/cases/:id/notes` answer: newest first. */
export const CaseNotePageSchema = pageOf(CaseNoteSchema);
export type CaseNotePage = z.infer<typeof CaseNotePageSchema>;

/** `GET /api/cases/:id/notes` query. */
export const CaseNoteListQuerySchema = PageQuerySchema;

/** `POST /api/cases/:id/notes` body. */
export const AddCaseNoteInputSchema = z
  .object({
    body: z
      .string()
      .trim()
      .min(1, 'Write the note first')
      .max(noteMaxLength, `Keep a note to ${noteMaxLength} characters`),
  })
  .strict();
export type AddCaseNoteInput = z.infer<typeof AddCaseNoteInputSchema>;
