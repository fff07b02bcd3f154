import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // Flush with the pane's other text: the narrow pane has no width to spare for an indent.
  toggle: {
    paddingLeft: 0,
    paddingRight: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: `0 0 ${tokens.spacingVerticalM} 0`,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
  subheading: { margin: 0 },
  headline: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
  },
  headlineBadge: { flexShrink: 0, marginTop: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The sections of the brief, in the order they are shown: open items first. */
export const briefSectionKeys = [
  'open-items',
  'suggested-actions',
  'watch-items',
  'recent-activity',
  'relationship',
  'accounts',
] as const;
export type BriefSectionKey = (typeof briefSectionKeys)[number];

type BriefSectionProps = { value: BriefSectionKey; title: string; children: ReactNode };

/** One collapsible section of the brief; its heading is the toggle. */
export function BriefSection({ value, title, children }: BriefSectionProps) {
  const styles = useStyles();
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h3" expandIconPosition="end" button={{ className: styles.toggle }}>
        {title}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
    </AccordionItem>
  );
}

/** A plain list of brief entries. */
export function BriefList({ label, children }: { label?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {children}
    </ul>
  );
}

/** One entry: a main line, then the lines under it. */
export function BriefEntry({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <li className={styles.item}>{children}</li>;
}

/** Secondary facts under an entry: small, muted, wrapping at narrow widths. */
export function BriefMeta({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.meta}>
      {children}
    </Text>
  );
}

/** A heading inside a section, for its groups. */
export function BriefSubheading({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Text as="h4" weight="semibold" className={styles.subheading}>
      {children}
    </Text>
  );
}

/** An entry's main line led by a badge that stays beside it at any width. */
export function BriefHeadline({ badge, children }: { badge: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.headline}>
      <span className={styles.headlineBadge}>{badge}</span>
      <Text weight="semibold">{children}</Text>
    </span>
  );
}

/** A full sentence under an entry, such as the reason for a suggestion. */
export function BriefNote({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.note}>
      {children}
    </Text>
  );
}
