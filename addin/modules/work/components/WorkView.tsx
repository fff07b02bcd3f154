import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  // Browsers give headings margins; the gap between parts does the spacing here.
  heading: { margin: 0 },
});

/** One work view: a region named by its heading, so assistive technology can jump to it. */
export function WorkView({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Subtitle1 className={styles.heading} as="h2" id={headingId}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}
