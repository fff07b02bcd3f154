import { z } from 'zod';

const PersonSchema = z.object({ name: z.string(), email: z.string() });

export const AttachmentInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type AttachmentInfo = z.infer<typeof AttachmentInfoSchema>;

/** A received email, as a host (Outlook or the demo) describes the selected item. */
export const MessageItemSchema = z.object({
  kind: z.literal('message'),
  itemId: z.string(),
  internetMessageId: z.string(),
  conversationId: z.string(),
  subject: z.string(),
  from: PersonSchema,
  to: z.array(PersonSchema),
  cc: z.array(PersonSchema).default([]),
  receivedAt: z.string(),
  bodyText: z.string(),
  attachments: z.array(AttachmentInfoSchema).default([]),
});
export type MessageItem = z.infer<typeof MessageItemSchema>;

/** A meeting, as seen by an attendee or its organizer. */
export const AppointmentItemSchema = z.object({
  kind: z.literal('appointment'),
  itemId: z.string(),
  subject: z.string(),
  organizer: PersonSchema,
  requiredAttendees: z.array(PersonSchema),
  optionalAttendees: z.array(PersonSchema).default([]),
  start: z.string(),
  end: z.string(),
  location: z.string().default(''),
  bodyText: z.string(),
  role: z.enum(['attendee', 'organizer']),
});
export type AppointmentItem = z.infer<typeof AppointmentItemSchema>;

/** The selected mailbox item. */
export const MailboxItemSchema = z.discriminatedUnion('kind', [
  MessageItemSchema,
  AppointmentItemSchema,
]);
export type MailboxItem = z.infer<typeof MailboxItemSchema>;

/** `GET /api/dev/mailbox`: the demo workspace's folder. */
export const DemoMailboxSchema = z.object({ items: z.array(MailboxItemSchema) });

/** `GET /api/dev/attachments/:id`: one demo attachment's bytes, base64 as Outlook gives them. */
export const DemoAttachmentContentSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  base64: z.string(),
});
export type DemoAttachmentContent = z.infer<typeof DemoAttachmentContentSchema>;
