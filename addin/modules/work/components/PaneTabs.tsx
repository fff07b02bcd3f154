import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { strings } from '../../../i18n/strings';
import { paneTabs, type PaneTab } from '../../../state/navigation';
import { usePane } from '../../../state/pane-context';

const useStyles = makeStyles({
  root: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
    // Four tabs fit from 320 px; wrapping keeps them all reachable if a language runs longer.
    flexWrap: 'wrap',
  },
});

/** The pane's top-level navigation: the selected item, my work, the queue and approvals. */
export function PaneTabs() {
  const styles = useStyles();
  const tab = usePane((s) => s.tab);
  const showTab = usePane((s) => s.showTab);
  const queueAccess = usePane((s) => s.queueAccess);
  const summary = usePane((s) => s.queueSummary);
  const loadQueueSummary = usePane((s) => s.loadQueueSummary);

  // Asking for the summary once tells whether this user works a queue at all.
  useEffect(() => {
    if (queueAccess === null && summary.status === 'idle') loadQueueSummary();
  }, [queueAccess, summary.status, loadQueueSummary]);

  // A failure other than "not for your role" shows the tab, so its view can offer Retry.
  const showsQueue = queueAccess ?? summary.status === 'error';
  const visible = paneTabs.filter((t) => t !== 'queue' || showsQueue);
  return (
    <TabList
      className={styles.root}
      size="small"
      selectedValue={tab}
      onTabSelect={(_event, data) => showTab(data.value as PaneTab)}
      aria-label={strings.work.tabsLabel}
    >
      {visible.map((t) => (
        <Tab key={t} value={t}>
          {strings.work.tabs[t]}
        </Tab>
      ))}
    </TabList>
  );
}
