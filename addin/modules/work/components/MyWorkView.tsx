import { useEffect } from 'react';
import { strings } from '../../../i18n/strings';
import { usePane } from '../../../state/pane-context';
import { CaseList } from './CaseList';
import { FollowUpList } from './FollowUpList';
import { LoadableContent } from './LoadableContent';
import { WorkBlock } from './WorkBlock';
import { WorkView } from './WorkView';

/** My open cases, most urgent SLA first, and the follow-ups I promised. */
export function MyWorkView() {
  const myCases = usePane((s) => s.myCases);
  const myFollowUps = usePane((s) => s.myFollowUps);
  const loadMyWork = usePane((s) => s.loadMyWork);
  const t = strings.work;

  // Fresh each time the view opens: work moves on while the user reads email.
  useEffect(() => loadMyWork(), [loadMyWork]);

  return (
    <WorkView title={t.myWorkHeading}>
      <WorkBlock title={t.myCasesHeading}>
        <LoadableContent
          value={myCases}
          loadingLabel={t.loadingMyCases}
          failedTitle={t.myCasesFailed}
          emptyText={t.noMyCases}
          onRetry={loadMyWork}
        >
          {(cases) => <CaseList cases={cases} label={t.myCasesHeading} />}
        </LoadableContent>
      </WorkBlock>
      <WorkBlock title={t.followUpsHeading}>
        <LoadableContent
          value={myFollowUps}
          loadingLabel={t.loadingFollowUps}
          failedTitle={t.followUpsFailed}
          emptyText={t.noFollowUps}
          onRetry={loadMyWork}
        >
          {(followUps) => <FollowUpList followUps={followUps} label={t.followUpsHeading} />}
        </LoadableContent>
      </WorkBlock>
    </WorkView>
  );
}
