import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { EvidenceChecklistItem } from '../../../../shared/evidence/evidence.schema';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { useCaseAction } from '../hooks/useCaseAction';
import { ActionError } from './ActionError';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The type's evidence requirements, met and missing; a missing one can be marked as provided. */
export function EvidenceChecklist() {
  const styles = useStyles();
  const evidence = usePane((s) => s.evidence);
  const refreshCase = usePane((s) => s.refreshCase);
  const markProvided = usePane((s) => s.markEvidenceProvided);
  const canAdd = useCan('evidence.add');
  const { saving, error, run, clearError } = useCaseAction();
  const [last, setLast] = useState<EvidenceChecklistItem | null>(null);

  const handleMark = (item: EvidenceChecklistItem) => {
    setLast(item);
    void run(() => markProvided(item.key, item.label, strings.casePanel.providedNote(item.label)));
  };

  let body;
  if (evidence.status === 'idle' || evidence.status === 'loading')
    body = <LoadingBlock label={strings.casePanel.evidenceHeading} />;
  else if (evidence.status === 'error')
    body = <ErrorMessage message={evidence.error.message} onRetry={refreshCase} />;
  else if (evidence.data.checklist.length === 0)
    body = <Text>{strings.casePanel.noChecklist}</Text>;
  else
    body = (
      <>
        <ul className={styles.list}>
          {evidence.data.checklist.map((item) => (
            <li key={item.key} className={styles.row}>
              <span className={styles.label}>
                <Badge color={item.satisfied ? 'success' : 'danger'} appearance="tint">
                  {item.satisfied ? strings.casePanel.provided : strings.casePanel.missing}
                </Badge>
                <Text>
                  {item.label}
                  {item.required ? '' : ` (${strings.casePanel.optional})`}
                </Text>
              </span>
              {item.satisfied || !canAdd ? null : (
                <Button
                  size="small"
                  disabled={saving}
                  aria-label={strings.casePanel.markProvidedFor(item.label)}
                  onClick={() => handleMark(item)}
                >
                  {strings.casePanel.markProvided}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <Text size={200}>{strings.casePanel.evidenceItems(evidence.data.items.length)}</Text>
      </>
    );

  return (
    <PaneSection title={strings.casePanel.evidenceHeading}>
      {body}
      {error && last ? (
        <ActionError
          error={error}
          title={strings.casePanel.markFailed}
          onRetry={() => handleMark(last)}
          onReloaded={clearError}
        />
      ) : null}
    </PaneSection>
  );
}
