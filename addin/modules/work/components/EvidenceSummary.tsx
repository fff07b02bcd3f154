import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { EvidenceList } from '../../../../shared/evidence/evidence.schema';
import { strings } from '../../../i18n/strings';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  kind: { color: tokens.colorNeutralForeground3 },
  item: { overflowWrap: 'anywhere' },
});

/** The case's evidence as an approver skims it: what each item is and its title. */
export function EvidenceSummary({ evidence, label }: { evidence: EvidenceList; label: string }) {
  const styles = useStyles();
  const current = evidence.items.filter((item) => item.removedAt === null);
  if (current.length === 0) return <Text>{strings.work.noEvidence}</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {current.map((item) => (
        <li key={item.id} className={styles.item}>
          <Text size={200} className={styles.kind}>
            {strings.work.evidenceKinds[item.kind]}:{' '}
          </Text>
          <Text size={200}>{item.title}</Text>
        </li>
      ))}
    </ul>
  );
}
