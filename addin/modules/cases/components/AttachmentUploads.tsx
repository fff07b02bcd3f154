import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import type { AttachmentUpload } from '../../../state/email-to-case-slice';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { PaneSection } from '../../ui/components/PaneSection';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

function UploadRow({ upload, onRetry }: { upload: AttachmentUpload; onRetry: () => void }) {
  const styles = useStyles();
  const t = strings.emailToCase;
  const busy = upload.status === 'reading' || upload.status === 'uploading';
  if (upload.status === 'failed')
    return (
      <ErrorMessage
        title={t.uploadFailed(upload.attachment.name)}
        message={upload.error ?? t.uploadStatus.failed}
        onRetry={onRetry}
      />
    );
  return (
    <div className={styles.row}>
      {busy ? <Spinner size="extra-tiny" /> : null}
      <Text className={styles.name}>{upload.attachment.name}</Text>
      <Text size={200} className={upload.status === 'done' ? styles.done : undefined}>
        {t.uploadStatus[upload.status]}
      </Text>
    </div>
  );
}

/** The new case's attachments on their way to becoming evidence, each with its own Retry. */
export function AttachmentUploads({ caseId }: { caseId: string }) {
  const styles = useStyles();
  const uploads = usePane((s) => s.uploads[caseId]);
  const retryUpload = usePane((s) => s.retryUpload);
  if (!uploads || uploads.length === 0) return null;
  return (
    <PaneSection title={strings.emailToCase.uploadsHeading}>
      <ul className={styles.list} aria-live="polite">
        {uploads.map((u) => (
          <li key={u.attachment.id}>
            <UploadRow upload={u} onRetry={() => retryUpload(caseId, u.attachment.id)} />
          </li>
        ))}
      </ul>
    </PaneSection>
  );
}
