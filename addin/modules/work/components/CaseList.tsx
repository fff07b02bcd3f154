import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Case } from '../../../../shared/cases/case.schema';
import { formatDateTime, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { SlaBadge } from './SlaBadge';
import { WorkList } from './WorkList';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  breached: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}` },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  title: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  open: { alignSelf: 'flex-start' },
});

function CaseRow({ item }: { item: Case }) {
  const styles = useStyles();
  const openCase = usePane((s) => s.openCase);
  const referenceId = useId();
  const open = () => openCase(item.id);
  return (
    // The whole row opens the case for a pointer; the button is the keyboard's way in.
    <li
      className={mergeClasses(styles.row, item.slaState === 'breached' && styles.breached)}
      onClick={open}
    >
      <span className={styles.top}>
        <Text weight="semibold" id={referenceId}>
          {item.reference}
        </Text>
        <SlaBadge state={item.slaState} />
      </span>
      <Text className={styles.title}>{item.title}</Text>
      <Text size={200} className={styles.meta}>
        {[item.clientName, strings.stages[item.stage]].join(' · ')}
      </Text>
      {item.slaDueAt ? (
        <Text size={200} className={styles.meta}>
          {strings.work.slaDue(formatDateTime(item.slaDueAt))}
        </Text>
      ) : null}
      <Button
        size="small"
        className={styles.open}
        aria-describedby={referenceId}
        onClick={(event) => {
          event.stopPropagation();
          open();
        }}
      >
        {strings.work.openCase}
      </Button>
    </li>
  );
}

/** Cases as rows a person can scan: reference, SLA state, title, client and stage. */
export function CaseList({ cases, label }: { cases: Case[]; label: string }) {
  return (
    <WorkList label={label}>
      {cases.map((c) => (
        <CaseRow key={c.id} item={c} />
      ))}
    </WorkList>
  );
}
