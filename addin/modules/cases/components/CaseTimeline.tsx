import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime, strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** What happened on the case, newest first, in the audit trail's own words. */
export function CaseTimeline() {
  const styles = useStyles();
  const timeline = usePane((s) => s.timeline);
  const refreshCase = usePane((s) => s.refreshCase);
  let body;
  if (timeline.status === 'idle' || timeline.status === 'loading')
    body = <LoadingBlock label={strings.casePanel.timelineHeading} />;
  else if (timeline.status === 'error')
    body = <ErrorMessage message={timeline.error.message} onRetry={refreshCase} />;
  else if (timeline.data.length === 0) body = <Text>{strings.casePanel.noTimeline}</Text>;
  else
    body = (
      <ol className={styles.list}>
        {timeline.data.map((entry) => (
          <li key={entry.id} className={styles.item}>
            <Text>{entry.summary}</Text>
            <Text size={200} className={styles.meta}>
              {entry.actor.name} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </Text>
          </li>
        ))}
      </ol>
    );
  return <PaneSection title={strings.casePanel.timelineHeading}>{body}</PaneSection>;
}
