import { Divider, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { MailboxItem } from '../../../shared/mailbox/mailbox-item.schema';
import { formatDateTime, strings } from '../../i18n/strings';
import { FactList } from '../../modules/ui/components/FactList';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyBase },
});

const people = (list: { name: string; email: string }[]) =>
  list.map((p) => `${p.name} <${p.email}>`).join(', ');

/** The selected item, as Outlook's reading pane would show it (as plain text). */
export function ReadingPane({ item }: { item: MailboxItem | null }) {
  const styles = useStyles();
  if (!item) return <Text className={styles.root}>{strings.demo.selectPrompt}</Text>;
  const facts: [string, string][] =
    item.kind === 'message'
      ? [
          [strings.demo.from, people([item.from])],
          [strings.demo.to, people(item.to)],
          [strings.demo.when, formatDateTime(item.receivedAt)],
          ...(item.attachments.length > 0
            ? [
                [strings.demo.attachments, item.attachments.map((a) => a.name).join(', ')] as [
                  string,
                  string,
                ],
              ]
            : []),
        ]
      : [
          [strings.demo.from, people([item.organizer])],
          [strings.demo.attendees, people([...item.requiredAttendees, ...item.optionalAttendees])],
          [strings.demo.when, `${formatDateTime(item.start)} – ${formatDateTime(item.end)}`],
          [strings.demo.where, item.location],
        ];
  return (
    <article className={styles.root} aria-label={item.subject}>
      <Title3 as="h1">{item.subject}</Title3>
      <FactList facts={facts} />
      <Divider />
      <pre className={styles.body}>{item.bodyText}</pre>
    </article>
  );
}
