import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { MailboxItem } from '../../../shared/mailbox/mailbox-item.schema';
import type { User } from '../../../shared/users/user.schema';
import { fetchDevUsers } from '../../api/dev-session';
import { strings } from '../../i18n/strings';
import { ErrorMessage } from '../../modules/ui/components/ErrorMessage';
import { fetchDemoMailbox } from '../demo-api';
import { MailList } from './MailList';
import { ReadingPane } from './ReadingPane';
import { ReplyDraftPanel } from './ReplyDraftPanel';
import { TaskPaneFrame } from './TaskPaneFrame';

const useStyles = makeStyles({
  root: {
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  barLabel: { color: tokens.colorNeutralForegroundOnBrand },
  main: { flex: 1, display: 'flex', minHeight: 0 },
  folder: {
    width: '300px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  reading: {
    flex: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  folderTitle: { padding: tokens.spacingHorizontalM },
});

const userStorageKey = 'caseline-demo-user';

/** A page that plays the part of Outlook, so anyone can use the real task pane without it. */
export function DemoWorkspace() {
  const styles = useStyles();
  const [users, setUsers] = useState<User[]>([]);
  const [userId, setUserId] = useState<string>(() => localStorage.getItem(userStorageKey) ?? '');
  const [items, setItems] = useState<MailboxItem[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dark, setDark] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reply, setReply] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    fetchDevUsers('')
      .then((list) => {
        setUsers(list);
        setUserId((current) =>
          list.some((u) => u.id === current)
            ? current
            : (list.find((u) => u.roles.includes('service_agent'))?.id ?? list[0]?.id ?? ''),
        );
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [attempt]);

  useEffect(() => {
    if (!userId) return;
    localStorage.setItem(userStorageKey, userId);
    fetchDemoMailbox(userId)
      .then(setItems)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [userId, attempt]);

  const handleReplyDraft = useCallback((html: string) => setReply(html), []);
  const user = users.find((u) => u.id === userId);
  const selected = items.find((i) => i.itemId === selectedId) ?? null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <div className={styles.bar}>
          <Text weight="semibold" size={400} className={styles.barLabel}>
            {strings.appName} · Outlook demo
          </Text>
          <label className={styles.barLabel}>
            {strings.demo.actAs}{' '}
            <Select
              aria-label={strings.demo.actAs}
              value={userId}
              onChange={(_, d) => setUserId(d.value)}
              style={{ display: 'inline-block', minWidth: 260 }}
            >
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.roles.join(', ').replaceAll('_', ' ')})
                </option>
              ))}
            </Select>
          </label>
          <Switch
            label={<span className={styles.barLabel}>{strings.demo.darkTheme}</span>}
            checked={dark}
            onChange={(_, d) => setDark(d.checked)}
          />
        </div>
        <MessageBar intent="warning">
          <MessageBarBody>{strings.demo.banner}</MessageBarBody>
        </MessageBar>
        {error ? (
          <ErrorMessage
            message={error}
            onRetry={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }}
          />
        ) : null}
        <div className={styles.main}>
          <nav className={styles.folder} aria-label={strings.demo.inbox}>
            <Text weight="semibold" className={styles.folderTitle}>
              {strings.demo.inbox}
            </Text>
            {items.length === 0 && !error ? <Spinner /> : null}
            <MailList items={items} selectedId={selectedId} onSelect={setSelectedId} />
          </nav>
          <div className={styles.reading}>
            <ReadingPane item={selected} />
            {reply !== null ? (
              <ReplyDraftPanel htmlBody={reply} onClose={() => setReply(null)} />
            ) : null}
          </div>
          {user ? (
            <TaskPaneFrame
              userId={user.id}
              user={{ name: user.name, email: user.email }}
              item={selected}
              theme={dark ? 'dark' : 'light'}
              onReplyDraft={handleReplyDraft}
            />
          ) : null}
        </div>
      </div>
    </FluentProvider>
  );
}
