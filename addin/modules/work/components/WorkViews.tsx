import type { PaneTab } from '../../../state/navigation';
import { ApprovalsView } from './ApprovalsView';
import { MyWorkView } from './MyWorkView';
import { QueueView } from './QueueView';

/** The work view behind a tab other than "This item". */
export function WorkViews({ tab }: { tab: Exclude<PaneTab, 'item'> }) {
  if (tab === 'my-work') return <MyWorkView />;
  if (tab === 'queue') return <QueueView />;
  return <ApprovalsView />;
}
