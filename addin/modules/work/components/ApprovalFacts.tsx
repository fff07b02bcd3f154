import type { Approval } from '../../../../shared/approvals/approval.schema';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import { caseTypeDefinition } from '../../../../shared/cases/case-types';
import { formatDateTime, strings } from '../../../i18n/strings';
import { formatDecimal } from '../../brief/utils/format-decimal';
import { FactList } from '../../ui/components/FactList';

/** The kind as its case type names it, such as "Redress payment"; the raw kind if unknown. */
export function approvalKindLabel(approval: Approval, detail?: CaseDetail): string {
  if (!detail) return approval.kind;
  const rule = caseTypeDefinition(detail.type).approvals.find((r) => r.kind === approval.kind);
  return rule?.label ?? approval.kind;
}

/** What an approver needs to judge a request: which case, for whom, how much and why. */
export function ApprovalFacts({ approval, detail }: { approval: Approval; detail?: CaseDetail }) {
  const t = strings.work;
  const facts: [string, string][] = [[t.caseFact, approval.caseReference]];
  if (detail) facts.push([t.titleFact, detail.title], [t.clientFact, detail.clientName]);
  facts.push([t.kindFact, approvalKindLabel(approval, detail)]);
  if (approval.amount)
    facts.push([
      t.amountFact,
      strings.brief.amount(formatDecimal(approval.amount), approval.currency),
    ]);
  facts.push(
    [t.policyFact, approval.policyReference],
    [t.rationaleFact, approval.rationale],
    [t.requestedByFact, approval.requestedBy.name],
    [t.requestedAtFact, formatDateTime(approval.requestedAt)],
  );
  return <FactList facts={facts} />;
}
