import { z } from 'zod';
import {
  DemoAttachmentContentSchema,
  MailboxItemSchema,
} from '../../shared/mailbox/mailbox-item.schema';

// Messages between the demo workspace (playing Outlook) and the task pane in its iframe.
// Both sides are served from the same origin, and each checks the other's origin.

export const demoMessagePrefix = 'caseline-demo';

export const WorkspaceToPaneSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal(`${demoMessagePrefix}:state`),
    item: MailboxItemSchema.nullable(),
    user: z.object({ name: z.string(), email: z.string() }),
    theme: z.enum(['light', 'dark']),
  }),
  /** The answer to get-attachment: the file, or why the workspace could not fetch it. */
  z.object({
    type: z.literal(`${demoMessagePrefix}:attachment`),
    requestId: z.string(),
    content: DemoAttachmentContentSchema.nullable(),
    error: z.string().nullable(),
  }),
]);
export type WorkspaceToPane = z.infer<typeof WorkspaceToPaneSchema>;

export const PaneToWorkspaceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(`${demoMessagePrefix}:ready`) }),
  z.object({ type: z.literal(`${demoMessagePrefix}:display-reply`), htmlBody: z.string() }),
  /** Asks for an attachment's bytes, as the pane asks Outlook with getAttachmentContentAsync. */
  z.object({
    type: z.literal(`${demoMessagePrefix}:get-attachment`),
    requestId: z.string(),
    attachmentId: z.string(),
  }),
]);
export type PaneToWorkspace = z.infer<typeof PaneToWorkspaceSchema>;
