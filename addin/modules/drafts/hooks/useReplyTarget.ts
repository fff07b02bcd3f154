import { usePane } from '../../../state/pane-context';

/**
 * Where a reply can open: on the selected email when that email is on this case;
 * otherwise why it cannot, so the pane offers to copy the text instead.
 */
export type ReplyTarget = 'selected_email' | 'email_not_on_case' | 'no_email';

export function useReplyTarget(caseId: string): ReplyTarget {
  const item = usePane((s) => s.item);
  const linked = usePane((s) => s.linkedCases);
  if (item?.kind !== 'message') return 'no_email';
  const onCase = linked.status === 'ready' && linked.data.some((l) => l.case.id === caseId);
  return onCase ? 'selected_email' : 'email_not_on_case';
}
