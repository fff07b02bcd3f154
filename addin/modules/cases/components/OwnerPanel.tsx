import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { FactList } from '../../ui/components/FactList';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { useCaseAction } from '../hooks/useCaseAction';
import { ActionError } from './ActionError';
import { CaseForm } from './CaseForm';
import { CaseFormFooter } from './CaseFormFooter';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Picks the new owner among the people who work the case; the server has the last word. */
function ReassignForm({ detail, onDone }: { detail: CaseDetail; onDone: () => void }) {
  const assignees = usePane((s) => s.assignees);
  const loadAssignees = usePane((s) => s.loadAssignees);
  const reassign = usePane((s) => s.reassign);
  const userId = usePane((s) => s.userId);
  const [ownerId, setOwnerId] = useState('');
  const [missing, setMissing] = useState(false);
  const { saving, error, run, clearError } = useCaseAction();

  if (assignees.status === 'idle' || assignees.status === 'loading')
    return <LoadingBlock label={strings.caseWork.loadingPeople} lines={2} />;
  if (assignees.status === 'error')
    return <ErrorMessage message={assignees.error.message} onRetry={loadAssignees} />;
  const others = assignees.data.filter((a) => a.id !== detail.ownerId);
  if (others.length === 0) return <Text>{strings.caseWork.noAssignees}</Text>;

  const submit = async () => {
    if (!ownerId) {
      setMissing(true);
      return;
    }
    if (await run(() => reassign(ownerId))) onDone();
  };

  return (
    <CaseForm label={strings.caseWork.reassign} onSubmit={submit}>
      <Field
        label={strings.caseWork.reassignTo}
        required
        validationMessage={missing ? strings.caseWork.chooseOwner : undefined}
      >
        <Select
          value={ownerId}
          onChange={(_, d) => {
            setOwnerId(d.value);
            setMissing(false);
          }}
        >
          <option value="">{strings.caseWork.chooseOwner}</option>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.id === userId ? strings.caseWork.you(a.name) : a.name}
              {a.teamLabel ? ` · ${a.teamLabel}` : ''}
            </option>
          ))}
        </Select>
      </Field>
      <CaseFormFooter
        error={error}
        errorTitle={strings.caseWork.reassignFailed}
        saving={saving}
        submitLabel={strings.caseWork.assign}
        onRetry={() => void submit()}
        onReloaded={clearError}
        onCancel={onDone}
      />
    </CaseForm>
  );
}

/** Who has the case and in which queue, with "Assign to me" and "Reassign". */
export function OwnerPanel({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const userId = usePane((s) => s.userId);
  const assignToMe = usePane((s) => s.assignToMe);
  const loadAssignees = usePane((s) => s.loadAssignees);
  const canAssign = useCan('case.update');
  const [choosing, setChoosing] = useState(false);
  const { saving, error, run, clearError } = useCaseAction();
  const mine = userId !== null && detail.ownerId === userId;
  const owner = detail.ownerName ?? strings.unassigned;

  const handleAssign = () => void run(assignToMe);
  const handleReassign = () => {
    clearError();
    loadAssignees();
    setChoosing(true);
  };

  return (
    <PaneSection title={strings.caseWork.ownerHeading}>
      <FactList
        facts={[
          [strings.caseOwner, mine ? strings.caseWork.you(owner) : owner],
          [strings.queue, detail.queue],
        ]}
      />
      {choosing || !canAssign ? null : (
        <div className={styles.actions}>
          {userId !== null && !mine ? (
            <Button size="small" appearance="primary" disabled={saving} onClick={handleAssign}>
              {strings.casePanel.assignToMe}
            </Button>
          ) : null}
          <Button size="small" disabled={saving} onClick={handleReassign}>
            {strings.caseWork.reassign}
          </Button>
        </div>
      )}
      {choosing ? <ReassignForm detail={detail} onDone={() => setChoosing(false)} /> : null}
      {error ? (
        <ActionError
          error={error}
          title={strings.casePanel.assignFailed}
          onRetry={handleAssign}
          onReloaded={clearError}
        />
      ) : null}
    </PaneSection>
  );
}
