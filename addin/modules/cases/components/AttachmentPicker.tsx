import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AttachmentInfo } from '../../../../shared/mailbox/mailbox-item.schema';
import { strings } from '../../../i18n/strings';
import { formatFileSize } from '../utils/format-file-size';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  name: { overflowWrap: 'anywhere' },
});

type AttachmentPickerProps = {
  attachments: AttachmentInfo[];
  checked: ReadonlySet<string>;
  onToggle: (attachmentId: string, checked: boolean) => void;
  /** False where the host cannot read attachments; the list then says so. */
  available: boolean;
  disabled?: boolean;
};

/** The email's attachments, each with a checkbox: ticked ones become evidence of the new case. */
export function AttachmentPicker(props: AttachmentPickerProps) {
  const styles = useStyles();
  const t = strings.emailToCase;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t.attachmentsHeading}</legend>
      {props.attachments.length === 0 ? (
        <Text className={styles.muted}>{t.noAttachments}</Text>
      ) : !props.available ? (
        <Text className={styles.muted}>{t.attachmentsUnavailable}</Text>
      ) : (
        <>
          <Text size={200} className={styles.muted}>
            {t.attachmentsHint}
          </Text>
          {props.attachments.map((a) => (
            <Checkbox
              key={a.id}
              checked={props.checked.has(a.id)}
              disabled={props.disabled}
              onChange={(_, data) => props.onToggle(a.id, data.checked === true)}
              label={
                <span className={styles.name}>
                  {a.name} <Text size={200}>({formatFileSize(a.size)})</Text>
                </span>
              }
            />
          ))}
        </>
      )}
    </fieldset>
  );
}
