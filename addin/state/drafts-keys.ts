import type { MailboxItem } from '../../shared/mailbox/mailbox-item.schema';
import { draftKey } from './drafts-storage';
import type { PaneState } from './pane-store';

/** The key of a draft about the case on screen; use as a selector: `usePane((s) => caseDraftKey(s, 'resolve'))`. */
export function caseDraftKey(state: Pick<PaneState, 'userId' | 'view'>, form: string): string {
  const caseId = state.view.name === 'case' ? state.view.caseId : 'none';
  return draftKey(state.userId, `case:${caseId}`, form);
}

/**
 * The key of a draft about a mailbox item. The Internet message id outlives Outlook's item id,
 * which changes when the email is moved between folders.
 */
export function itemDraftKey(
  state: Pick<PaneState, 'userId'>,
  item: MailboxItem,
  form: string,
): string {
  const id =
    item.kind === 'message' && item.internetMessageId ? item.internetMessageId : item.itemId;
  return draftKey(state.userId, `item:${id}`, form);
}
