import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** A titled part of a work view, such as "My open cases". */
export function WorkBlock({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Subtitle2 className={styles.heading} as="h3" id={headingId}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
