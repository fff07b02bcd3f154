import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ClientMatch } from '../../shared/clients/client.schema';
import { strings } from '../i18n/strings';
import { Suspense } from 'react';
import { MessageOverview } from '../modules/cases/components/MessageOverview';
import { ConnectivityBanner } from '../modules/ui/components/ConnectivityBanner';
import { LoadingBlock } from '../modules/ui/components/LoadingBlock';
import { PaneTabs } from '../modules/work/components/PaneTabs';
import { lazyView } from './lazy-view';
import { usePane } from '../state/pane-context';
import type { PaneState } from '../state/pane-store';

// The first view is an email's overview; the rest load on first use (or when the pane
// is idle), so the pane starts on less JavaScript.
const caseDetails = lazyView(() =>
  import('../modules/cases/components/CaseDetails').then((m) => m.CaseDetails),
);
const createCaseForm = lazyView(() =>
  import('../modules/cases/components/CreateCaseForm').then((m) => m.CreateCaseForm),
);
const meetingOverview = lazyView(() =>
  import('../modules/meetings/components/MeetingOverview').then((m) => m.MeetingOverview),
);
const workViews = lazyView(() =>
  import('../modules/work/components/WorkViews').then((m) => m.WorkViews),
);
const CaseDetails = caseDetails.View;
const CreateCaseForm = createCaseForm.View;
const MeetingOverview = meetingOverview.View;
const WorkViews = workViews.View;

/** Loads every view's code; the pane calls it once the first view is up. */
export async function preloadPaneViews(): Promise<void> {
  await Promise.all(
    [caseDetails, createCaseForm, meetingOverview, workViews].map((v) => v.preload()),
  );
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
  },
  empty: { padding: tokens.spacingHorizontalM },
});

function chosenMatch(state: PaneState): ClientMatch | undefined {
  if (state.matches.status !== 'ready') return undefined;
  return state.matches.data.find((m) => m.client.id === state.chosenClientId);
}

function PaneBody() {
  const styles = useStyles();
  const item = usePane((s) => s.item);
  const view = usePane((s) => s.view);
  const match = usePane(chosenMatch);
  // A case opened from a work view shows whatever item is selected, or none.
  if (view.name === 'case') return <CaseDetails />;
  if (!item) return <Text className={styles.empty}>{strings.noItem}</Text>;
  if (item.kind === 'appointment') return <MeetingOverview item={item} />;
  if (view.name === 'create-case' && match)
    return <CreateCaseForm key={item.itemId} item={item} match={match} />;
  return <MessageOverview />;
}

/** The task pane: a header naming the item, the views, then the one on screen. */
export function App({ userName }: { userName: string }) {
  const styles = useStyles();
  const subject = usePane((s) => s.item?.subject);
  const tab = usePane((s) => s.tab);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text weight="semibold">{strings.appName}</Text>
        <Text size={200}>{subject ?? strings.signedInAs(userName)}</Text>
      </header>
      <PaneTabs />
      <ConnectivityBanner />
      <Suspense
        fallback={
          <div className={styles.empty}>
            <LoadingBlock label={strings.loadingView} />
          </div>
        }
      >
        {tab === 'item' ? <PaneBody /> : <WorkViews tab={tab} />}
      </Suspense>
    </main>
  );
}
