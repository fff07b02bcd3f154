import {
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Approval, ApprovalStatus } from '../../../../shared/approvals/approval.schema';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { formatDateTime, strings } from '../../../i18n/strings';
import { caseDraftKey } from '../../../state/drafts-keys';
import { hasDraft } from '../../../state/drafts-storage';
import { usePane } from '../../../state/pane-context';
import { useCan } from '../../../state/use-can';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { PaneSection } from '../../ui/components/PaneSection';
import { RequestApprovalForm, requestApprovalDraftForm } from './RequestApprovalForm';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  top: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground3 },
  request: { alignSelf: 'flex-start' },
});

const statusColor: Record<ApprovalStatus, BadgeProps['color']> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  withdrawn: 'subtle',
  expired: 'subtle',
};

function ApprovalRow({ approval, kindLabel }: { approval: Approval; kindLabel: string }) {
  const styles = useStyles();
  const decided = approval.decidedBy && approval.decidedAt;
  return (
    <li className={styles.item}>
      <span className={styles.top}>
        <Text weight="semibold">{kindLabel}</Text>
        <Badge appearance="tint" color={statusColor[approval.status]}>
          {strings.casePanel.approvalStatuses[approval.status]}
        </Badge>
      </span>
      {approval.amount ? (
        <Text>{strings.brief.amount(approval.amount, approval.currency)}</Text>
      ) : null}
      <Text size={200} className={styles.meta}>
        {decided
          ? strings.casePanel.decidedBy(
              approval.decidedBy?.name ?? '',
              formatDateTime(approval.decidedAt ?? ''),
            )
          : strings.casePanel.requestedBy(
              approval.requestedBy.name,
              formatDateTime(approval.requestedAt),
            )}
      </Text>
    </li>
  );
}

/** The case's approvals and their status, and "Request approval" for the kinds its type has. */
export function ApprovalsPanel({ detail }: { detail: CaseDetail }) {
  const styles = useStyles();
  const approvals = usePane((s) => s.approvals);
  const refreshCase = usePane((s) => s.refreshCase);
  const keptKey = usePane((s) => caseDraftKey(s, requestApprovalDraftForm));
  const canRequest = useCan('approval.request');
  // A request left half-written (a reload, a lost connection) opens again where it was.
  const [asking, setAsking] = useState(() => hasDraft(keptKey));
  const rules = caseTypeDefinition(detail.type).approvals;
  const labelOf = (kind: string) => rules.find((r) => r.kind === kind)?.label ?? kind;

  let list;
  if (approvals.status === 'idle' || approvals.status === 'loading')
    list = <LoadingBlock label={strings.casePanel.approvalsHeading} lines={2} />;
  else if (approvals.status === 'error')
    list = <ErrorMessage message={approvals.error.message} onRetry={refreshCase} />;
  else if (approvals.data.length === 0) list = <Text>{strings.casePanel.noApprovals}</Text>;
  else
    list = (
      <ul className={styles.list}>
        {approvals.data.map((a) => (
          <ApprovalRow key={a.id} approval={a} kindLabel={labelOf(a.kind)} />
        ))}
      </ul>
    );

  return (
    <PaneSection title={strings.casePanel.approvalsHeading}>
      {list}
      {rules.length === 0 ? <Text>{strings.casePanel.noApprovalKinds}</Text> : null}
      {canRequest && rules.length > 0 && !asking ? (
        <Button className={styles.request} onClick={() => setAsking(true)}>
          {strings.casePanel.requestApproval}
        </Button>
      ) : null}
      {canRequest && asking ? (
        <RequestApprovalForm rules={rules} onDone={() => setAsking(false)} />
      ) : null}
    </PaneSection>
  );
}
