import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ClientMatch } from '../../shared/clients/client.schema';
import { strings } from '../i18n/strings';
import { CaseDetails } from '../modules/cases/components/CaseDetails';
import { CreateCaseForm } from '../modules/cases/components/CreateCaseForm';
import { MessageOverview } from '../modules/cases/components/MessageOverview';
import { MeetingOverview } from '../modules/meetings/components/MeetingOverview';
import { ConnectivityBanner } from '../modules/ui/components/ConnectivityBanner';
import { PaneTabs } from '../modules/work/components/PaneTabs';
import { WorkViews } from '../modules/work/components/WorkViews';
import { usePane } from '../state/pane-context';
import type { PaneState } from '../state/pane-store';

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
      {tab === 'item' ? <PaneBody /> : <WorkViews tab={tab} />}
    </main>
  );
}
