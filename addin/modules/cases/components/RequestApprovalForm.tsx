import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { RequestApprovalInput } from '../../../../shared/approvals/approval.schema';
import type { ApprovalRule } from '../../../../shared/cases/case-types';
import { fieldIssues } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { caseDraftKey } from '../../../state/drafts-keys';
import { usePane } from '../../../state/pane-context';
import { DraftRestoredNote } from '../../ui/components/DraftRestoredNote';
import { usePersistentDraft } from '../../ui/hooks/usePersistentDraft';
import { useKeptDraftForm } from '../hooks/useKeptDraftForm';
import { CaseForm } from './CaseForm';
import { CaseFormFooter } from './CaseFormFooter';

const useStyles = makeStyles({
  amount: {
    display: 'grid',
    // minmax(0, …) lets the inputs shrink below their intrinsic width in a 320 px pane.
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
  },
  narrowInput: { minWidth: 0, width: '100%' },
});

type Draft = {
  kind: string;
  amount: string;
  currency: string;
  policyReference: string;
  rationale: string;
  expiresOn: string;
};

function toInput(draft: Draft, rule: ApprovalRule | undefined): RequestApprovalInput {
  const input: RequestApprovalInput = {
    kind: draft.kind,
    policyReference: draft.policyReference.trim(),
    rationale: draft.rationale.trim(),
  };
  if (draft.amount.trim()) {
    input.amount = draft.amount.trim();
    input.currency = draft.currency.trim().toUpperCase();
  }
  // The end of the chosen day, so an expiry "on" a date lasts through it.
  if (rule?.expiryRequired && draft.expiresOn)
    input.expiresAt = new Date(`${draft.expiresOn}T23:59:59`).toISOString();
  return input;
}

/** The draft form name of the approval request, so its panel can reopen it half-filled. */
export const requestApprovalDraftForm = 'request-approval';

type RequestApprovalFormProps = { rules: ApprovalRule[]; onDone: () => void };

/** Asks for the approval's kind, amount, currency, policy and rationale; the server judges the rules. */
export function RequestApprovalForm({ rules, onDone }: RequestApprovalFormProps) {
  const styles = useStyles();
  const requestApproval = usePane((s) => s.requestApproval);
  const kept = usePersistentDraft<Draft>(
    usePane((s) => caseDraftKey(s, requestApprovalDraftForm)),
    {
      kind: rules[0]?.kind ?? '',
      amount: '',
      currency: 'EUR',
      policyReference: '',
      rationale: '',
      expiresOn: '',
    },
  );
  const { value: draft, setValue: setDraft } = kept;
  const { saving, error, clearError, save, cancel: handleCancel } = useKeptDraftForm(kept, onDone);
  const rule = rules.find((r) => r.kind === draft.kind);
  const issues = fieldIssues(error);
  const update = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = () => save(() => requestApproval(toInput(draft, rule)));

  return (
    <CaseForm label={strings.casePanel.requestApproval} onSubmit={submit}>
      {kept.restored ? <DraftRestoredNote onDiscard={kept.discard} /> : null}
      <Field label={strings.casePanel.approvalKind} required validationMessage={issues.kind}>
        <Select value={draft.kind} onChange={(_, d) => update('kind', d.value)}>
          {rules.map((r) => (
            <option key={r.kind} value={r.kind}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.amount}>
        <Field
          label={strings.casePanel.amount}
          required={rule?.when === 'above_threshold'}
          hint={rule?.threshold ? strings.casePanel.amountHint(rule.threshold) : undefined}
          validationMessage={issues.amount}
        >
          <Input
            className={styles.narrowInput}
            inputMode="decimal"
            value={draft.amount}
            onChange={(_, d) => update('amount', d.value)}
          />
        </Field>
        <Field label={strings.casePanel.currency} validationMessage={issues.currency}>
          <Input
            className={styles.narrowInput}
            value={draft.currency}
            maxLength={3}
            onChange={(_, d) => update('currency', d.value)}
          />
        </Field>
      </div>
      <Field
        label={strings.casePanel.policyReference}
        required
        validationMessage={issues.policyReference}
      >
        <Input
          value={draft.policyReference}
          onChange={(_, d) => update('policyReference', d.value)}
        />
      </Field>
      <Field label={strings.casePanel.rationale} required validationMessage={issues.rationale}>
        <Textarea
          rows={3}
          value={draft.rationale}
          onChange={(_, d) => update('rationale', d.value)}
        />
      </Field>
      {rule?.expiryRequired ? (
        <Field label={strings.casePanel.expiresOn} required validationMessage={issues.expiresAt}>
          <Input
            type="date"
            value={draft.expiresOn}
            onChange={(_, d) => update('expiresOn', d.value)}
          />
        </Field>
      ) : null}
      <CaseFormFooter
        error={error && Object.keys(issues).length === 0 ? error : null}
        errorTitle={strings.casePanel.requestFailed}
        saving={saving}
        submitLabel={strings.casePanel.sendRequest}
        onRetry={() => void submit()}
        onReloaded={clearError}
        onDiscard={handleCancel}
        onCancel={handleCancel}
      />
    </CaseForm>
  );
}
