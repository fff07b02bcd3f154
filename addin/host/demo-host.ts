import type { DemoAttachmentContent, MailboxItem } from '../../shared/mailbox/mailbox-item.schema';
import {
  demoMessagePrefix,
  WorkspaceToPaneSchema,
  type PaneToWorkspace,
  type WorkspaceToPane,
} from './demo-protocol';
import type { AttachmentContent, Host, HostTheme, HostUser } from './host';

type DemoState = Extract<WorkspaceToPane, { type: `${typeof demoMessagePrefix}:state` }>;
type AttachmentAnswer = Extract<
  WorkspaceToPane,
  { type: `${typeof demoMessagePrefix}:attachment` }
>;
type Pending = { resolve: (content: AttachmentContent) => void; reject: (error: Error) => void };

let attachmentRequestCount = 0;

function contentOf(file: DemoAttachmentContent): AttachmentContent {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  return { name: file.name, contentType: file.contentType, bytes };
}

/**
 * The host used inside the demo workspace: it hears about selection changes over
 * postMessage from the parent page, which plays the part of Outlook.
 */
export async function connectDemoHost(win: Window = window): Promise<Host> {
  const parent = win.parent;
  const origin = win.location.origin;
  const post = (message: PaneToWorkspace) => parent.postMessage(message, origin);

  const itemListeners = new Set<(item: MailboxItem | null) => void>();
  const themeListeners = new Set<(theme: HostTheme) => void>();
  let state: DemoState | null = null;
  const attachmentRequests = new Map<string, Pending>();

  function settleAttachment(answer: AttachmentAnswer) {
    const pending = attachmentRequests.get(answer.requestId);
    if (!pending) return;
    attachmentRequests.delete(answer.requestId);
    if (answer.content) pending.resolve(contentOf(answer.content));
    else pending.reject(new Error(answer.error ?? 'The attachment could not be read'));
  }

  const first = new Promise<DemoState>((resolve) => {
    win.addEventListener('message', (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== parent) return;
      const parsed = WorkspaceToPaneSchema.safeParse(event.data);
      if (!parsed.success) return;
      if (parsed.data.type === `${demoMessagePrefix}:attachment`) {
        settleAttachment(parsed.data);
        return;
      }
      const previous = state;
      state = parsed.data;
      if (!previous) {
        resolve(parsed.data);
        return;
      }
      if (previous.item?.itemId !== state.item?.itemId)
        itemListeners.forEach((l) => l(state?.item ?? null));
      if (previous.theme !== state.theme) themeListeners.forEach((l) => l(state?.theme ?? 'light'));
    });
  });
  post({ type: `${demoMessagePrefix}:ready` });
  const initial = await first;

  const current = () => state ?? initial;
  return {
    kind: 'demo',
    currentItem: async () => current().item,
    onItemChanged: (listener) => {
      itemListeners.add(listener);
      return () => itemListeners.delete(listener);
    },
    user: (): HostUser => current().user,
    theme: () => current().theme,
    onThemeChanged: (listener) => {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    displayReplyForm: (draft) =>
      post({ type: `${demoMessagePrefix}:display-reply`, htmlBody: draft.htmlBody }),
    // The workspace plays Outlook: it fetches the demo file and posts the bytes back.
    getAttachmentContent: (attachmentId) =>
      new Promise<AttachmentContent>((resolve, reject) => {
        const requestId = `${attachmentId}:${++attachmentRequestCount}`;
        attachmentRequests.set(requestId, { resolve, reject });
        post({ type: `${demoMessagePrefix}:get-attachment`, requestId, attachmentId });
      }),
  };
}
