import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { MailboxItem } from '../../../shared/mailbox/mailbox-item.schema';
import { formatDateTime, strings } from '../../i18n/strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, overflowY: 'auto' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    textAlign: 'left',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
});

function sender(item: MailboxItem): string {
  return item.kind === 'message'
    ? item.from.name || item.from.email
    : strings.demo.meetingFrom(item.organizer.name);
}

function when(item: MailboxItem): string {
  return formatDateTime(item.kind === 'message' ? item.receivedAt : item.start);
}

type MailListProps = {
  items: MailboxItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The demo folder: emails and meetings, newest first. */
export function MailList({ items, selectedId, onSelect }: MailListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.demo.inbox}>
      {items.map((item) => (
        <li key={item.itemId}>
          <button
            type="button"
            className={mergeClasses(styles.item, item.itemId === selectedId && styles.selected)}
            aria-current={item.itemId === selectedId}
            onClick={() => onSelect(item.itemId)}
          >
            <Text weight="semibold" truncate wrap={false}>
              {sender(item)}
            </Text>
            <Text truncate wrap={false}>
              {item.subject}
            </Text>
            <Text size={200}>{when(item)}</Text>
          </button>
        </li>
      ))}
    </ul>
  );
}
