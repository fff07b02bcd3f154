import {
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FollowUp } from '../../../../shared/follow-ups/follow-up.schema';
import { formatDate, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { useCaseAction } from '../hooks/useCaseAction';
import { followUpsForPanel, middayOf } from '../utils/follow-up-view';
import { ActionError } from './ActionError';
import { FollowUpForm } from './FollowUpForm';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
  },
  title: { overflowWrap: 'anywhere' },
  finished: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  meta: { color: tokens.colorNeutralForeground3 },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  bottom: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  add: { alignSelf: 'flex-start' },
});

const statusBadge: Record<FollowUp['status'], { label: string; color: BadgeProps['color'] }> = {
  open: { label: '', color: 'informative' },
  done: { label: strings.caseWork.done, color: 'success' },
  cancelled: { label: strings.caseWork.cancelled, color: 'subtle' },
};

type RowProps = { followUp: FollowUp; saving: boolean; onDone?: (f: FollowUp) => void };

function FollowUpRow({ followUp, saving, onDone }: RowProps) {
  const styles = useStyles();
  const open = followUp.status === 'open';
  const badge = followUp.overdue
    ? { label: strings.caseWork.overdue, color: 'danger' as const }
    : open
      ? null
      : statusBadge[followUp.status];
  return (
    <li className={styles.item}>
      <span className={styles.top}>
        <Text weight="semibold" className={open ? styles.title : styles.finished}>
          {followUp.title}
        </Text>
        {badge ? (
          <Badge appearance="tint" color={badge.color}>
            {badge.label}
          </Badge>
        ) : null}
      </span>
      <span className={styles.bottom}>
        <Text size={200} className={followUp.overdue ? styles.overdue : styles.meta}>
          {strings.caseWork.dueOn(formatDate(middayOf(followUp.dueDate)))} ·{' '}
          {strings.caseWork.ownedBy(followUp.ownerName)}
        </Text>
        {open && onDone ? (
          <Button
            size="small"
            disabled={saving}
            aria-label={strings.caseWork.markDoneFor(followUp.title)}
            onClick={() => onDone(followUp)}
          >
            {strings.caseWork.markDone}
          </Button>
        ) : null}
      </span>
    </li>
  );
}

/** The case's follow-ups, overdue ones marked, with "Add follow-up" and "Mark done". */
export function CaseFollowUps() {
  const styles = useStyles();
  const followUps = usePane((s) => s.followUps);
  const refreshCase = usePane((s) => s.refreshCase);
  const completeFollowUp = usePane((s) => s.completeFollowUp);
  const canManage = useCan('follow_up.manage');
  const [adding, setAdding] = useState(false);
  const [last, setLast] = useState<FollowUp | null>(null);
  const { saving, error, run, clearError } = useCaseAction();

  const handleDone = (followUp: FollowUp) => {
    setLast(followUp);
    void run(() => completeFollowUp(followUp));
  };

  let body;
  if (followUps.status === 'idle' || followUps.status === 'loading')
    body = <LoadingBlock label={strings.caseWork.followUpsLoading} lines={2} />;
  else if (followUps.status === 'error')
    body = <ErrorMessage message={followUps.error.message} onRetry={refreshCase} />;
  else if (followUps.data.length === 0) body = <Text>{strings.caseWork.noFollowUps}</Text>;
  else
    body = (
      <ul className={styles.list} aria-label={strings.caseWork.followUpsHeading}>
        {followUpsForPanel(followUps.data).map((f) => (
          <FollowUpRow
            key={f.id}
            followUp={f}
            saving={saving}
            onDone={canManage ? handleDone : undefined}
          />
        ))}
      </ul>
    );

  return (
    <PaneSection title={strings.caseWork.followUpsHeading}>
      {body}
      {error && last ? (
        <ActionError
          error={error}
          title={strings.caseWork.doneFailed}
          onRetry={() => handleDone(last)}
          onReloaded={clearError}
        />
      ) : null}
      {!canManage ? null : adding ? (
        <FollowUpForm onDone={() => setAdding(false)} />
      ) : (
        <Button className={styles.add} onClick={() => setAdding(true)}>
          {strings.caseWork.addFollowUp}
        </Button>
      )}
    </PaneSection>
  );
}
