import { makeStyles, tokens } from '@fluentui/react-components';
import { splitPlaceholders } from '../../../../shared/drafts/placeholders';

const useStyles = makeStyles({
  // Placeholders the case could not fill, marked so the user replaces them before sending.
  placeholder: {
    backgroundColor: tokens.colorStatusWarningBackground2,
    color: tokens.colorNeutralForeground1,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** Draft text as plain text, with each unfilled `{{placeholder}}` highlighted. */
export function DraftText({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {splitPlaceholders(text).map((segment, index) =>
        segment.kind === 'placeholder' ? (
          <mark key={index} className={styles.placeholder}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
