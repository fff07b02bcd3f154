import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PreparedReply } from '../../../../shared/drafts/draft.schema';
import { strings } from '../../../i18n/strings';
import { useHost } from '../../../state/pane-context';
import type { ReplyTarget } from '../hooks/useReplyTarget';
import { draftToHtml, draftToText } from '../utils/draft-html';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Notice = 'opened' | 'copied' | 'copy_failed';

type DraftActionsProps = { draft: PreparedReply; target: ReplyTarget; onDiscard: () => void };

/** Hands the draft to the user: as a reply on the selected email, or as text to paste. Never sends. */
export function DraftActions({ draft, target, onDiscard }: DraftActionsProps) {
  const styles = useStyles();
  const host = useHost();
  const [notice, setNotice] = useState<Notice | null>(null);

  const handleOpenReply = () => {
    host.displayReplyForm({ htmlBody: draftToHtml(draft.body) });
    setNotice('opened');
  };

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(draftToText(draft.subject, draft.body));
      setNotice('copied');
    } catch {
      setNotice('copy_failed');
    }
  };

  return (
    <>
      {target !== 'selected_email' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {target === 'no_email' ? strings.drafts.noEmail : strings.drafts.emailNotOnCase}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        {target === 'selected_email' ? (
          <Button appearance="primary" onClick={handleOpenReply}>
            {strings.drafts.openReply}
          </Button>
        ) : null}
        <Button onClick={() => void handleCopy()}>{strings.drafts.copyText}</Button>
        <Button appearance="subtle" onClick={onDiscard}>
          {strings.drafts.discard}
        </Button>
      </div>
      {notice ? (
        <MessageBar intent={notice === 'copy_failed' ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody role="status">
            {notice === 'opened'
              ? strings.drafts.opened
              : notice === 'copied'
                ? strings.drafts.copied
                : strings.drafts.copyFailed}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
