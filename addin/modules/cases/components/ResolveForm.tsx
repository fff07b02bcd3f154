import { Field, Select, Textarea } from '@fluentui/react-components';
import type { TransitionInput } from '../../../../shared/cases/case-commands.schema';
import type { CaseTypeDefinition } from '../../../../shared/cases/case-types';
import { checkResolutionNote } from '../../../../shared/cases/resolution-note';
import { strings } from '../../../i18n/strings';
import { caseDraftKey } from '../../../state/drafts-keys';
import { usePane } from '../../../state/pane-context';
import { DraftRestoredNote } from '../../ui/components/DraftRestoredNote';
import { usePersistentDraft } from '../../ui/hooks/usePersistentDraft';
import { useKeptDraftForm } from '../hooks/useKeptDraftForm';
import { CaseForm } from './CaseForm';
import { CaseFormFooter } from './CaseFormFooter';

type Draft = {
  closeReason: string;
  resolutionSummary: string;
  rootCause: string;
  customerResponse: string;
};

/** Only what the user filled in; the closure gate says what is still missing, all at once. */
function toInput(draft: Draft): TransitionInput {
  const input: TransitionInput = { to: 'resolved' };
  if (draft.closeReason) input.closeReason = draft.closeReason;
  if (draft.resolutionSummary.trim()) input.resolutionSummary = draft.resolutionSummary.trim();
  if (draft.rootCause.trim()) input.rootCause = draft.rootCause.trim();
  if (draft.customerResponse.trim()) input.customerResponse = draft.customerResponse.trim();
  return input;
}

function SummaryField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const verdict = checkResolutionNote(value);
  // The verdict follows the typing; before anything is typed it is a hint, not a complaint.
  const state = verdict.ok ? 'success' : value.trim() ? 'warning' : 'none';
  return (
    <Field
      label={strings.casePanel.resolutionSummary}
      required
      validationState={state}
      validationMessage={verdict.ok ? strings.casePanel.summaryClear : verdict.reason}
    >
      <Textarea rows={4} value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}

/** The draft form name of the resolve form, so the close panel can reopen it half-filled. */
export const resolveDraftForm = 'resolve';

type ResolveFormProps = { definition: CaseTypeDefinition; onDone: () => void };

/** Resolves the case through the closure gate: close reason, summary, and what the type requires. */
export function ResolveForm({ definition, onDone }: ResolveFormProps) {
  const transitionCase = usePane((s) => s.transitionCase);
  const kept = usePersistentDraft<Draft>(
    usePane((s) => caseDraftKey(s, resolveDraftForm)),
    {
      closeReason: '',
      resolutionSummary: '',
      rootCause: '',
      customerResponse: '',
    },
  );
  const { value: draft, setValue: setDraft } = kept;
  const { saving, error, clearError, save, cancel: handleCancel } = useKeptDraftForm(kept, onDone);
  const update = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = () => save(() => transitionCase(toInput(draft)));

  return (
    <CaseForm label={strings.casePanel.resolve} onSubmit={submit}>
      {kept.restored ? <DraftRestoredNote onDiscard={kept.discard} /> : null}
      <Field label={strings.casePanel.closeReason} required>
        <Select value={draft.closeReason} onChange={(_, d) => update('closeReason', d.value)}>
          <option value="">{strings.casePanel.chooseCloseReason}</option>
          {definition.closeReasons.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <SummaryField
        value={draft.resolutionSummary}
        onChange={(v) => update('resolutionSummary', v)}
      />
      {definition.rootCauseRequired ? (
        <Field label={strings.casePanel.rootCause} required>
          <Textarea
            rows={2}
            value={draft.rootCause}
            onChange={(_, d) => update('rootCause', d.value)}
          />
        </Field>
      ) : null}
      {definition.customerResponseRequired ? (
        <Field label={strings.casePanel.customerResponse} required>
          <Textarea
            rows={3}
            value={draft.customerResponse}
            onChange={(_, d) => update('customerResponse', d.value)}
          />
        </Field>
      ) : null}
      <CaseFormFooter
        error={error}
        errorTitle={strings.casePanel.resolveFailed}
        saving={saving}
        submitLabel={strings.casePanel.resolve}
        onRetry={() => void submit()}
        onReloaded={clearError}
        onDiscard={handleCancel}
        onCancel={handleCancel}
      />
    </CaseForm>
  );
}
