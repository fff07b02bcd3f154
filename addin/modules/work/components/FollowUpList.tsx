import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FollowUp } from '../../../../shared/follow-ups/follow-up.schema';
import { formatDate, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { WorkList } from './WorkList';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  open: { alignSelf: 'flex-start' },
});

function dueText(followUp: FollowUp): string {
  const date = formatDate(followUp.dueDate);
  if (followUp.overdue) return strings.work.overdueSince(date, -followUp.dueInDays);
  if (followUp.dueInDays === 0) return strings.work.dueToday;
  return strings.work.dueOn(date);
}

function FollowUpRow({ followUp }: { followUp: FollowUp }) {
  const styles = useStyles();
  const openCase = usePane((s) => s.openCase);
  const caseId = followUp.caseId;
  return (
    <li className={styles.row}>
      <span className={styles.top}>
        <Text weight="semibold" className={styles.title}>
          {followUp.title}
        </Text>
        {followUp.overdue ? (
          <Badge appearance="filled" color="danger" shape="rounded">
            {strings.work.overdue}
          </Badge>
        ) : null}
      </span>
      <Text size={200} className={styles.meta}>
        {dueText(followUp)}
      </Text>
      {caseId ? (
        <Button size="small" className={styles.open} onClick={() => openCase(caseId)}>
          {strings.work.openCase}
        </Button>
      ) : null}
    </li>
  );
}

/** Follow-ups due, overdue first (the order the API gives), each saying when it is due. */
export function FollowUpList({ followUps, label }: { followUps: FollowUp[]; label: string }) {
  return (
    <WorkList label={label}>
      {followUps.map((f) => (
        <FollowUpRow key={f.id} followUp={f} />
      ))}
    </WorkList>
  );
}
