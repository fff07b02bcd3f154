import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { strings } from '../../../i18n/strings';
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

/** The approvals inbox: requests the user may decide, then the user's own requests. */
export function ApprovalsView() {
  const styles = useStyles();
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
      <WorkBlock title={t.toDecideHeading}>
        <LoadableContent
          value={decidable}
          loadingLabel={t.loadingApprovals}
          failedTitle={t.approvalsFailed}
          emptyText={t.noDecidable}
          onRetry={loadApprovals}
        >
          {(approvals) => (
            <ul className={styles.list}>
              {approvals.map((approval) => (
                <li key={approval.id}>
                  <ApprovalCard approval={approval}>
                    <DecisionForm approval={approval} />
                  </ApprovalCard>
                </li>
              ))}
            </ul>
          )}
        </LoadableContent>
      </WorkBlock>
      <WorkBlock title={t.myRequestsHeading}>
        <LoadableContent
          value={requested}
          loadingLabel={t.loadingApprovals}
          failedTitle={t.approvalsFailed}
          emptyText={t.noRequests}
          onRetry={loadApprovals}
        >
          {(approvals) => (
            <ul className={styles.list}>
              {approvals.map((approval) => (
                <li key={approval.id}>
                  <ApprovalCard approval={approval}>
                    <CannotDecide approval={approval} />
                  </ApprovalCard>
                </li>
              ))}
            </ul>
          )}
        </LoadableContent>
      </WorkBlock>
    </WorkView>
  );
}
