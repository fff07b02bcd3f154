import { z } from 'zod';
import { MailboxItemSchema } from '../../shared/mailbox/mailbox-item.schema';

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
]);
export type WorkspaceToPane = z.infer<typeof WorkspaceToPaneSchema>;

export const PaneToWorkspaceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(`${demoMessagePrefix}:ready`) }),
  z.object({ type: z.literal(`${demoMessagePrefix}:display-reply`), htmlBody: z.string() }),
]);
export type PaneToWorkspace = z.infer<typeof PaneToWorkspaceSchema>;
