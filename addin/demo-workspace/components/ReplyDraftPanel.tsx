import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { strings } from '../../i18n/strings';

const useStyles = makeStyles({
  root: {
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  body: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: tokens.fontFamilyBase },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Stands in for Outlook's reply form: it shows the draft as text; sending is the user's act. */
export function ReplyDraftPanel({ htmlBody, onClose }: { htmlBody: string; onClose: () => void }) {
  const styles = useStyles();
  // Parsed into an inert document and read as text, so no markup reaches the page.
  const text = new DOMParser().parseFromString(htmlBody, 'text/html').body.textContent ?? '';
  return (
    <section className={styles.root} aria-label={strings.demo.replyHeading}>
      <Subtitle2 as="h2">{strings.demo.replyHeading}</Subtitle2>
      <Text className={styles.note}>{strings.demo.replyNotSent}</Text>
      <pre className={styles.body}>{text}</pre>
      <Button onClick={onClose}>{strings.demo.close}</Button>
    </section>
  );
}
