import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../../api/api-error';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '100%' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type UnlinkEmailFormProps = {
  caseId: string;
  linkId: string;
  onUnlinked: () => void;
  onCancel: () => void;
};

/** Asks why before taking the email off its case; the reason goes into the case's trail. */
export function UnlinkEmailForm({ caseId, linkId, onUnlinked, onCancel }: UnlinkEmailFormProps) {
  const styles = useStyles();
  const t = strings.emailToCase;
  const unlink = usePane((s) => s.unlinkFromCase);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setSaving(true);
    setFailure(null);
    const result = await unlink(caseId, linkId, reason.trim());
    setSaving(false);
    if (result.ok) onUnlinked();
    else setFailure(result.error);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className={styles.form} onSubmit={handleSubmit} noValidate>
      <Field
        label={t.unlinkReason}
        required
        hint={t.unlinkReasonHint}
        validationMessage={missing && !reason.trim() ? t.unlinkReasonRequired : undefined}
      >
        <Textarea
          value={reason}
          rows={2}
          resize="vertical"
          onChange={(_, data) => setReason(data.value)}
        />
      </Field>
      {failure ? (
        <ErrorMessage
          title={t.unlinkFailed}
          message={failure.message}
          onRetry={() => void submit()}
        />
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? t.unlinking : t.confirmUnlink}
        </Button>
        <Button type="button" onClick={onCancel} disabled={saving}>
          {strings.cancel}
        </Button>
      </div>
    </form>
  );
}
