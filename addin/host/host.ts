import type { MailboxItem } from '../../shared/mailbox/mailbox-item.schema';

export type HostTheme = 'light' | 'dark';

/** The signed-in mailbox owner as the host reports them. */
export type HostUser = { name: string; email: string };

/** One attachment's file, as the host hands it over. */
export type AttachmentContent = { name: string; contentType: string; bytes: Uint8Array };

/** Text for a reply the user will review and send themselves. */
export type ReplyDraft = { htmlBody: string };

/** Dialog size as percentages of the screen, as Office takes it. */
export type DialogSize = { height: number; width: number };

/** The first message a dialog sent, and the origin it came from when the host reports one. */
export type DialogReply = { message: string; origin: string | null };

/** Why a dialog gave no message: the user closed it, the browser blocked it, or it failed. */
export type HostDialogErrorCode = 'closed' | 'blocked' | 'failed';

export class HostDialogError extends Error {
  constructor(
    readonly code: HostDialogErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostDialogError';
  }
}

/** What signing in to Entra ID needs from the host; only Outlook offers it. */
export type HostAuth = {
  /** True when the host brokers tokens for nested apps (requirement set NestedAppAuth 1.1). */
  supportsNestedAppAuth: () => boolean;
  /** Opens a page of the add-in in a host dialog and resolves with its first message, then closes it. */
  openDialog: (url: string, size: DialogSize) => Promise<DialogReply>;
};

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
  /** Entra ID sign-in support; absent where the pane signs in with dev tokens. */
  auth?: HostAuth;
  /**
   * Reads one attachment of the selected email; absent where the host cannot
   * (Outlook before requirement set Mailbox 1.8).
   */
  getAttachmentContent?: (attachmentId: string) => Promise<AttachmentContent>;
};
