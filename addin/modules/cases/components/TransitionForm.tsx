import { Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { TransitionInput } from '../../../../shared/cases/case-commands.schema';
import type { Stage } from '../../../../shared/cases/case.schema';
import { isReopen } from '../../../../shared/cases/lifecycle';
import { strings } from '../../../i18n/strings';
import { caseDraftKey } from '../../../state/drafts-keys';
import { usePane } from '../../../state/pane-context';
import { DraftRestoredNote } from '../../ui/components/DraftRestoredNote';
import { usePersistentDraft } from '../../ui/hooks/usePersistentDraft';
import { useKeptDraftForm } from '../hooks/useKeptDraftForm';
import { CaseForm } from './CaseForm';
import { CaseFormFooter } from './CaseFormFooter';

/** The draft form name of a move, so the stage panel can reopen a form left half-filled. */
export const transitionDraftForm = (to: Stage) => `transition:${to}`;

type TransitionFormProps = { from: Stage; to: Stage; onDone: () => void };

/** Asks what a move needs: the blocker for a wait (and whom, for another team), or why it reopens. */
export function TransitionForm({ from, to, onDone }: TransitionFormProps) {
  const transitionCase = usePane((s) => s.transitionCase);
  const draft = usePersistentDraft(
    usePane((s) => caseDraftKey(s, transitionDraftForm(to))),
    { reason: '', waitingOn: '' },
  );
  const { reason, waitingOn } = draft.value;
  const setReason = (value: string) => draft.setValue((d) => ({ ...d, reason: value }));
  const setWaitingOn = (value: string) => draft.setValue((d) => ({ ...d, waitingOn: value }));
  const [errors, setErrors] = useState<{ reason?: string; waitingOn?: string }>({});
  const { saving, error, clearError, save, cancel: handleCancel } = useKeptDraftForm(draft, onDone);
  const asksWhom = to === 'waiting_internal';

  const submit = async () => {
    const local: typeof errors = {};
    if (!reason.trim()) local.reason = strings.casePanel.reasonRequired;
    if (asksWhom && !waitingOn.trim()) local.waitingOn = strings.casePanel.waitingOnRequired;
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const input: TransitionInput = { to, reason: reason.trim() };
    if (asksWhom) input.waitingOn = waitingOn.trim();
    await save(() => transitionCase(input));
  };

  return (
    <CaseForm label={strings.casePanel.moveToStage(strings.stages[to])} onSubmit={submit}>
      {draft.restored ? <DraftRestoredNote onDiscard={draft.discard} /> : null}
      <Field
        label={
          isReopen(from, to) ? strings.casePanel.reopenReason : strings.casePanel.blockerReason
        }
        required
        validationMessage={errors.reason}
      >
        <Textarea value={reason} rows={2} onChange={(_, d) => setReason(d.value)} />
      </Field>
      {asksWhom ? (
        <Field
          label={strings.casePanel.waitingOnWhom}
          required
          validationMessage={errors.waitingOn}
        >
          <Input value={waitingOn} onChange={(_, d) => setWaitingOn(d.value)} />
        </Field>
      ) : null}
      <CaseFormFooter
        error={error}
        errorTitle={strings.casePanel.moveFailed}
        saving={saving}
        submitLabel={strings.casePanel.confirmMove}
        onRetry={() => void submit()}
        onReloaded={clearError}
        onDiscard={handleCancel}
        onCancel={handleCancel}
      />
    </CaseForm>
  );
}
