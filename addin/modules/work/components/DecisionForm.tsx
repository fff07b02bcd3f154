import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Approval, Decision } from '../../../../shared/approvals/approval.schema';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Approve with an optional note, or reject with a reason; the server decides each request once. */
export function DecisionForm({ approval }: { approval: Approval }) {
  const styles = useStyles();
  const decideApproval = usePane((s) => s.decideApproval);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ decision: Decision; message: string } | null>(null);

  async function decide(decision: Decision) {
    const trimmed = note.trim();
    if (decision === 'rejected' && !trimmed) {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    setSaving(true);
    setFailure(null);
    const result = await decideApproval(approval, {
      decision,
      ...(trimmed ? { note: trimmed } : {}),
    });
    // On success the request leaves the list and this form with it.
    if (!result.ok) {
      setSaving(false);
      setFailure({ decision, message: result.error.message });
    }
  }

  return (
    <div className={styles.root}>
      <Field
        label={strings.work.decisionNote}
        hint={strings.work.decisionNoteHint}
        validationMessage={noteMissing ? strings.work.rejectNeedsNote : undefined}
        validationState={noteMissing ? 'error' : 'none'}
      >
        <Textarea
          value={note}
          resize="vertical"
          onChange={(_event, data) => {
            setNote(data.value);
            if (data.value.trim()) setNoteMissing(false);
          }}
        />
      </Field>
      {failure ? (
        <ErrorMessage
          title={strings.work.decideFailed}
          message={failure.message}
          onRetry={() => void decide(failure.decision)}
        />
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={saving} onClick={() => void decide('approved')}>
          {strings.work.approve}
        </Button>
        <Button disabled={saving} onClick={() => void decide('rejected')}>
          {strings.work.reject}
        </Button>
      </div>
    </div>
  );
}
