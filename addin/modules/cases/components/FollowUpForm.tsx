import { Field, Input, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FollowUpDraftSchema } from '../../../../shared/follow-ups/follow-up.schema';
import { fieldIssues } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { useCaseAction } from '../hooks/useCaseAction';
import { tomorrowInLondon } from '../utils/follow-up-view';
import { CaseForm } from './CaseForm';
import { CaseFormFooter } from './CaseFormFooter';

type Draft = { title: string; ownerId: string; dueDate: string };

/** Title, owner (the user unless they choose another) and due date of a new follow-up. */
export function FollowUpForm({ onDone }: { onDone: () => void }) {
  const addFollowUp = usePane((s) => s.addFollowUp);
  const assignees = usePane((s) => s.assignees);
  const loadAssignees = usePane((s) => s.loadAssignees);
  const userId = usePane((s) => s.userId);
  const [draft, setDraft] = useState<Draft>({
    title: '',
    ownerId: '',
    dueDate: tomorrowInLondon(),
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { saving, error, run, clearError } = useCaseAction();
  const issues = { ...fieldIssues(error), ...problems };
  const update = (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setProblems((p) => ({ ...p, [key]: '' }));
  };

  useEffect(() => {
    if (assignees.status === 'idle') loadAssignees();
  }, [assignees.status, loadAssignees]);
  const others = assignees.status === 'ready' ? assignees.data.filter((a) => a.id !== userId) : [];

  const submit = async () => {
    const parsed = FollowUpDraftSchema.safeParse({
      title: draft.title,
      dueDate: draft.dueDate,
      ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
    });
    if (!parsed.success) {
      setProblems(
        Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
      );
      return;
    }
    if (await run(() => addFollowUp(parsed.data))) onDone();
  };

  return (
    <CaseForm label={strings.caseWork.addFollowUp} onSubmit={submit}>
      <Field
        label={strings.caseWork.followUpTitle}
        required
        validationMessage={issues.title || undefined}
      >
        <Input value={draft.title} onChange={(_, d) => update('title', d.value)} />
      </Field>
      <Field label={strings.caseWork.followUpOwner} validationMessage={issues.ownerId || undefined}>
        <Select value={draft.ownerId} onChange={(_, d) => update('ownerId', d.value)}>
          <option value="">{strings.caseWork.me}</option>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={strings.caseWork.dueDate}
        required
        validationMessage={issues.dueDate || undefined}
      >
        <Input type="date" value={draft.dueDate} onChange={(_, d) => update('dueDate', d.value)} />
      </Field>
      <CaseFormFooter
        error={error && Object.keys(fieldIssues(error)).length === 0 ? error : null}
        errorTitle={strings.caseWork.followUpFailed}
        saving={saving}
        submitLabel={strings.caseWork.saveFollowUp}
        onRetry={() => void submit()}
        onReloaded={clearError}
        onCancel={onDone}
      />
    </CaseForm>
  );
}
