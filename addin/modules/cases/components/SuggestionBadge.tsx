import {
  Badge,
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { strings } from '../../../i18n/strings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  surface: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxWidth: '280px',
  },
  phrases: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type SuggestionBadgeProps = {
  /** The field's name as people read it, e.g. "case type". */
  field: string;
  /** How sure intake assist is, 0–1; absent when it gives no figure for this field. */
  confidence?: number;
  /** Why: the phrases that drove it, or a sentence. */
  reasons: string[];
  onAccept: () => void;
};

/** Marks a field intake assist filled in, until the user accepts or changes it. */
export function SuggestionBadge({ field, confidence, reasons, onAccept }: SuggestionBadgeProps) {
  const styles = useStyles();
  const t = strings.emailToCase;
  return (
    <span className={styles.row}>
      <Popover withArrow positioning="below-start">
        <PopoverTrigger disableButtonEnhancement>
          <Button size="small" appearance="transparent" aria-label={t.whySuggested(field)}>
            <Badge appearance="tint" color="brand">
              {t.suggested}
            </Badge>
          </Button>
        </PopoverTrigger>
        <PopoverSurface className={styles.surface}>
          {confidence !== undefined ? (
            <Text weight="semibold">{t.confidence(Math.round(confidence * 100))}</Text>
          ) : null}
          {reasons.length > 0 ? (
            <ul className={styles.phrases}>
              {reasons.map((reason) => (
                <li key={reason}>
                  <Text size={200}>{reason}</Text>
                </li>
              ))}
            </ul>
          ) : (
            <Text size={200}>{t.noPhrases}</Text>
          )}
        </PopoverSurface>
      </Popover>
      <Button size="small" appearance="subtle" onClick={onAccept} aria-label={t.acceptField(field)}>
        {t.accept}
      </Button>
    </span>
  );
}
