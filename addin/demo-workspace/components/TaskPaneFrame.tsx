import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type {
  DemoAttachmentContent,
  MailboxItem,
} from '../../../shared/mailbox/mailbox-item.schema';
import {
  demoMessagePrefix,
  PaneToWorkspaceSchema,
  type WorkspaceToPane,
} from '../../host/demo-protocol';
import type { HostTheme, HostUser } from '../../host/host';
import { strings } from '../../i18n/strings';
import { fetchDemoAttachment } from '../demo-api';

const useStyles = makeStyles({
  frame: {
    width: '350px',
    flexShrink: 0,
    height: '100%',
    border: 'none',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

/** `/?paneWidth=320` shows the pane at another width; Outlook's pane runs from 320 to 450 px. */
function paneWidth(): number {
  const asked = Number(new URLSearchParams(window.location.search).get('paneWidth'));
  return Number.isInteger(asked) && asked >= 280 && asked <= 800 ? asked : 350;
}

type TaskPaneFrameProps = {
  userId: string;
  user: HostUser;
  item: MailboxItem | null;
  theme: HostTheme;
  onReplyDraft: (htmlBody: string) => void;
};

/** Hosts the real task pane bundle in an iframe and plays Outlook's side of the conversation. */
export function TaskPaneFrame({ userId, user, item, theme, onReplyDraft }: TaskPaneFrameProps) {
  const styles = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef<WorkspaceToPane>({ type: `${demoMessagePrefix}:state`, item, user, theme });
  latest.current = { type: `${demoMessagePrefix}:state`, item, user, theme };

  const post = () =>
    frame.current?.contentWindow?.postMessage(latest.current, window.location.origin);

  useEffect(() => {
    const handleMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow)
        return;
      const parsed = PaneToWorkspaceSchema.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === `${demoMessagePrefix}:ready`) post();
      else if (message.type === `${demoMessagePrefix}:get-attachment`) {
        const answer = (reply: { content: DemoAttachmentContent | null; error: string | null }) =>
          frame.current?.contentWindow?.postMessage(
            { type: `${demoMessagePrefix}:attachment`, requestId: message.requestId, ...reply },
            window.location.origin,
          );
        fetchDemoAttachment(userId, message.attachmentId).then(
          (content) => answer({ content, error: null }),
          (error: unknown) =>
            answer({
              content: null,
              error: error instanceof Error ? error.message : String(error),
            }),
        );
      } else onReplyDraft(message.htmlBody);
    };
    window.addEventListener('message', handleMessage);
    return () => window.removeEventListener('message', handleMessage);
  }, [onReplyDraft, userId]);

  // Every change of selection or theme is told to the pane, as Outlook's ItemChanged would.
  useEffect(post, [item, theme, user]);

  return (
    <iframe
      ref={frame}
      key={userId}
      className={styles.frame}
      style={{ width: `${paneWidth()}px` }}
      title={strings.demo.addinTitle}
      src={`/taskpane.html?host=demo&user=${encodeURIComponent(userId)}`}
    />
  );
}
