import type { MailboxItem } from '../../shared/mailbox/mailbox-item.schema';

export type HostTheme = 'light' | 'dark';

/** The signed-in mailbox owner as the host reports them. */
export type HostUser = { name: string; email: string };

/** Text for a reply the user will review and send themselves. */
export type ReplyDraft = { htmlBody: string };

/**
 * Everything the task pane needs from the application hosting it. Outlook and the
 * demo workspace each implement it; components never reach past it.
 */
export type Host = {
  kind: 'outlook' | 'demo';
  /** The item selected when the pane opened, or null when nothing is. */
  currentItem: () => Promise<MailboxItem | null>;
  /** Calls back with each newly selected item (null when the selection is cleared). Returns an unsubscribe. */
  onItemChanged: (listener: (item: MailboxItem | null) => void) => () => void;
  user: () => HostUser;
  theme: () => HostTheme;
  onThemeChanged: (listener: (theme: HostTheme) => void) => () => void;
  /** Opens the host's reply form prefilled; the user sends it, never Caseline. */
  displayReplyForm: (draft: ReplyDraft) => void;
};
