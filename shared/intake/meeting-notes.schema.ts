import { z } from 'zod';

/** `POST /api/intake/meeting-notes` body: what was written in or after a meeting. */
export const ExtractMeetingNotesInputSchema = z
  .object({
    notes: z.string().max(50_000),
    /** When the meeting took place; relative due dates count from its London calendar day. */
    meetingDate: z.iso.datetime({ offset: true }).or(z.iso.date()),
    /** Who attended; a first name in the notes is widened to the attendee's full name. */
    attendees: z
      .array(z.object({ name: z.string().max(200), email: z.string().max(320) }))
      .max(100)
      .optional(),
  })
  .strict();
export type ExtractMeetingNotesInput = z.infer<typeof ExtractMeetingNotesInputSchema>;

/** Who is expected to act: the bank (`us`), the client, or a person named in the notes. */
export const OwnerHintSchema = z.union([z.enum(['us', 'client']), z.string().min(1).max(200)]);
export type OwnerHint = z.infer<typeof OwnerHintSchema>;

/** One statement found in the notes, with who acts on it and by when. */
export const MeetingNoteItemSchema = z.object({
  /** The statement as written, without bullet marks or a leading label. */
  text: z.string(),
  ownerHint: OwnerHintSchema,
  /** The due date resolved against the meeting's day, or null when none was said or it is vague. */
  dueDate: z.iso.date().nullable(),
  /** The words that gave the due date ("by Friday"), or null. */
  dueText: z.string().nullable(),
});
export type MeetingNoteItem = z.infer<typeof MeetingNoteItemSchema>;

export const MeetingNoteKindSchema = z.enum(['promises', 'asks', 'decisions']);
export type MeetingNoteKind = z.infer<typeof MeetingNoteKindSchema>;

/** Suggestions for the Record meeting form: a person accepts, edits or removes each one. */
export const MeetingNotesExtractionSchema = z.object({
  promises: z.array(MeetingNoteItemSchema),
  asks: z.array(MeetingNoteItemSchema),
  decisions: z.array(MeetingNoteItemSchema),
});
export type MeetingNotesExtraction = z.infer<typeof MeetingNotesExtractionSchema>;

/** One line of a labeled meeting-notes file (`test/fixtures/meetings/*.jsonl`). */
export const LabeledMeetingNotesSchema = z.object({
  id: z.string(),
  sector: z.enum(['wealth', 'lending', 'insurance', 'retail']),
  meetingDate: z.string(),
  attendees: z.array(z.object({ name: z.string(), email: z.string() })).optional(),
  notes: z.string(),
  label: MeetingNotesExtractionSchema,
});
export type LabeledMeetingNotes = z.infer<typeof LabeledMeetingNotesSchema>;
