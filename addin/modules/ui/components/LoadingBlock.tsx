import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Placeholder lines while something loads, so the layout does not jump. */
export function LoadingBlock({ label, lines = 3 }: { label: string; lines?: number }) {
  const styles = useStyles();
  return (
    <Skeleton aria-label={label} className={styles.root}>
      {Array.from({ length: lines }, (_, i) => (
        <SkeletonItem key={i} size={16} />
      ))}
    </Skeleton>
  );
}
