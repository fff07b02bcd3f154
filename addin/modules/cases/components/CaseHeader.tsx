import { Badge, Button, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { caseTypeDefinition, priorityLabels } from '../../../../shared/cases/case-types';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { FactList } from '../../ui/components/FactList';
import { useCaseAction } from '../hooks/useCaseAction';
import { ActionError } from './ActionError';

const useStyles = makeStyles({
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  owner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

/** Who the case is for, what it is, and who has it; with "Assign to me". */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const userId = usePane((s) => s.userId);
  const assignToMe = usePane((s) => s.assignToMe);
  const { saving, error, run, clearError } = useCaseAction();
  const mine = userId !== null && detail.ownerId === userId;
  const handleAssign = () => void run(assignToMe);
  return (
    <>
      <Title3 as="p">{detail.title}</Title3>
      <span className={styles.badges}>
        <Badge appearance="tint">{caseTypeDefinition(detail.type).label}</Badge>
        <Badge appearance="outline">{strings.stages[detail.stage]}</Badge>
        <Badge appearance="outline">{priorityLabels[detail.priority]}</Badge>
      </span>
      <FactList
        facts={[
          [strings.client, detail.clientName],
          [strings.casePanel.type, caseTypeDefinition(detail.type).label],
          [strings.casePanel.priority, priorityLabels[detail.priority]],
          [strings.queue, detail.queue],
          [
            strings.caseOwner,
            <span key="owner" className={styles.owner}>
              {detail.ownerName ?? strings.unassigned}
              {userId !== null && !mine ? (
                <Button size="small" disabled={saving} onClick={handleAssign}>
                  {strings.casePanel.assignToMe}
                </Button>
              ) : null}
            </span>,
          ],
        ]}
      />
      {error ? (
        <ActionError
          error={error}
          title={strings.casePanel.assignFailed}
          onRetry={handleAssign}
          onReloaded={clearError}
        />
      ) : null}
    </>
  );
}
