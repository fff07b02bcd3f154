import { Badge, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { Approval, ApprovalStatus } from '../../../../shared/approvals/approval.schema';
import { strings } from '../../../i18n/strings';
import { idle } from '../../../state/loadable';
import { usePane } from '../../../state/pane-context';
import { ErrorMessage } from '../../ui/components/ErrorMessage';
import { LoadingBlock } from '../../ui/components/LoadingBlock';
import { ApprovalFacts } from './ApprovalFacts';
import { EvidenceSummary } from './EvidenceSummary';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  why: { color: tokens.colorNeutralForeground3 },
});

const statusColor: Record<ApprovalStatus, BadgeProps['color']> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  withdrawn: 'subtle',
  expired: 'subtle',
};

type ApprovalCardProps = {
  approval: Approval;
  /** Shown under the facts: the decision form, or why the user may not decide. */
  children: ReactNode;
};

/** One request with its case, evidence and status; what the user may do with it comes as children. */
export function ApprovalCard({ approval, children }: ApprovalCardProps) {
  const styles = useStyles();
  const context = usePane((s) => s.approvalContexts[approval.caseId] ?? idle);
  const loadApprovalContext = usePane((s) => s.loadApprovalContext);
  const t = strings.work;

  useEffect(() => {
    if (context.status === 'idle') loadApprovalContext(approval.caseId);
  }, [context.status, loadApprovalContext, approval.caseId]);

  const detail = context.status === 'ready' ? context.data.case : undefined;
  return (
    <article className={styles.card} aria-label={t.approvalFor(approval.caseReference)}>
      <span className={styles.top}>
        <Text weight="semibold">{approval.caseReference}</Text>
        <Badge appearance="tint" color={statusColor[approval.status]}>
          {strings.casePanel.approvalStatuses[approval.status]}
        </Badge>
      </span>
      <ApprovalFacts approval={approval} detail={detail} />
      <Text weight="semibold">{t.evidenceHeading}</Text>
      {context.status === 'idle' || context.status === 'loading' ? (
        <LoadingBlock label={t.loadingContext} lines={2} />
      ) : null}
      {context.status === 'error' ? (
        <ErrorMessage
          title={t.contextFailed}
          message={context.error.message}
          onRetry={() => loadApprovalContext(approval.caseId)}
        />
      ) : null}
      {context.status === 'ready' ? (
        <EvidenceSummary
          evidence={context.data.evidence}
          label={`${t.evidenceHeading} ${approval.caseReference}`}
        />
      ) : null}
      {children}
    </article>
  );
}

/** Why the user sees a request but has no buttons for it. */
export function CannotDecide({ approval }: { approval: Approval }) {
  const styles = useStyles();
  return <Text className={styles.why}>{approval.whyNot ?? strings.work.cannotDecide}</Text>;
}
