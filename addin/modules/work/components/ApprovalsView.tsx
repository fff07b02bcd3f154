import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { Approval } from '../../../../shared/approvals/approval.schema';
import { strings } from '../../../i18n/strings';
import type { Loadable } from '../../../state/loadable';
import { usePane } from '../../../state/pane-context';
import { ApprovalCard, CannotDecide } from './ApprovalCard';
import { DecisionForm } from './DecisionForm';
import { LoadableContent } from './LoadableContent';
import { WorkBlock } from './WorkBlock';
import { WorkView } from './WorkView';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

type ApprovalsBlockProps = {
  title: string;
  approvals: Loadable<Approval[]>;
  emptyText: string;
  /** What the user may do with one request, shown at the foot of its card. */
  action: (approval: Approval) => ReactNode;
};

/** One titled list of requests as cards; both lists load, fail and retry together. */
function ApprovalsBlock({ title, approvals, emptyText, action }: ApprovalsBlockProps) {
  const styles = useStyles();
  const loadApprovals = usePane((s) => s.loadApprovals);
  return (
    <WorkBlock title={title}>
      <LoadableContent
        value={approvals}
        loadingLabel={strings.work.loadingApprovals}
        failedTitle={strings.work.approvalsFailed}
        emptyText={emptyText}
        onRetry={loadApprovals}
      >
        {(items) => (
          <ul className={styles.list}>
            {items.map((approval) => (
              <li key={approval.id}>
                <ApprovalCard approval={approval}>{action(approval)}</ApprovalCard>
              </li>
            ))}
          </ul>
        )}
      </LoadableContent>
    </WorkBlock>
  );
}

/** The approvals inbox: requests the user may decide, then the user's own requests. */
export function ApprovalsView() {
  const decidable = usePane((s) => s.decidable);
  const requested = usePane((s) => s.requested);
  const notice = usePane((s) => s.decisionNotice);
  const loadApprovals = usePane((s) => s.loadApprovals);
  const t = strings.work;

  useEffect(() => loadApprovals(), [loadApprovals]);

  return (
    <WorkView title={t.approvalsHeading}>
      {notice ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.decided(notice.decision, notice.caseReference)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ApprovalsBlock
        title={t.toDecideHeading}
        approvals={decidable}
        emptyText={t.noDecidable}
        action={(approval) => <DecisionForm approval={approval} />}
      />
      <ApprovalsBlock
        title={t.myRequestsHeading}
        approvals={requested}
        emptyText={t.noRequests}
        action={(approval) => <CannotDecide approval={approval} />}
      />
    </WorkView>
  );
}
