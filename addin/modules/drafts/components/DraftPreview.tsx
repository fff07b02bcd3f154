import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PreparedReply } from '../../../../shared/drafts/draft.schema';
import { strings } from '../../../i18n/strings';
import { DraftText } from './DraftText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  subject: { overflowWrap: 'anywhere' },
  label: { color: tokens.colorNeutralForeground3 },
  // Plain text only: the draft carries case text, which is never rendered as HTML.
  body: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
});

/** The filled reply as the user will see it, with what is still to fill in called out. */
export function DraftPreview({ draft }: { draft: PreparedReply }) {
  const styles = useStyles();
  const missing = draft.missingFacts.length;
  return (
    <div
      className={styles.root}
      role="group"
      aria-label={strings.drafts.previewLabel(strings.drafts.purposes[draft.purpose])}
    >
      {missing > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.drafts.missingTitle}</MessageBarTitle>
            {strings.drafts.missingFacts(missing)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.sheet}>
        <Text className={styles.subject}>
          <span className={styles.label}>{strings.drafts.subject}: </span>
          <DraftText text={draft.subject} />
        </Text>
        <p className={styles.body}>
          <DraftText text={draft.body} />
        </p>
      </div>
    </div>
  );
}
