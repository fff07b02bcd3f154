import type { UnmetCondition } from '../../shared/cases/case-commands.schema';
import type { CaseTypeDefinition } from '../../shared/cases/case-types';
import { checkResolutionNote } from '../../shared/cases/resolution-note';

/** What the gate looks at: the case as it would be after the move, its evidence and approvals. */
export type ClosureFacts = {
  definition: CaseTypeDefinition;
  closeReason: string | null;
  resolutionSummary: string | null;
  rootCause: string | null;
  customerResponse: string | null;
  /** Checklist keys that some active evidence item satisfies. */
  satisfiedEvidence: ReadonlySet<string>;
  approvals: readonly { kind: string; status: string; expiresAt: string | null }[];
  now: Date;
};

/**
 * Every reason a case cannot be resolved or closed yet, all at once, so the pane
 * can show them together. An empty list means the gate is open.
 */
export function unmetClosureConditions(facts: ClosureFacts): UnmetCondition[] {
  const { definition } = facts;
  const unmet: UnmetCondition[] = [];
  if (!facts.closeReason) {
    unmet.push({ code: 'close_reason_missing', message: 'Choose a close reason.' });
  } else if (!definition.closeReasons.some((r) => r.key === facts.closeReason)) {
    unmet.push({
      code: 'close_reason_unknown',
      message: `"${facts.closeReason}" is not a close reason for ${definition.label.toLowerCase()} cases.`,
    });
  }
  const note = checkResolutionNote(facts.resolutionSummary);
  if (!note.ok) unmet.push({ code: 'resolution_summary_vague', message: note.reason });
  if (definition.rootCauseRequired && !facts.rootCause?.trim()) {
    unmet.push({ code: 'root_cause_missing', message: 'Record the root cause.' });
  }
  for (const item of definition.evidence) {
    if (item.required && !facts.satisfiedEvidence.has(item.key)) {
      unmet.push({
        code: 'evidence_missing',
        message: `Add evidence: ${item.label}.`,
        key: item.key,
      });
    }
  }
  for (const approval of facts.approvals) {
    if (approval.status === 'pending') {
      unmet.push({
        code: 'approval_pending',
        message: `An approval (${approval.kind}) is still pending.`,
        key: approval.kind,
      });
    }
  }
  for (const rule of definition.approvals.filter((r) => r.when === 'always')) {
    const granted = facts.approvals.some(
      (a) =>
        a.kind === rule.kind &&
        a.status === 'approved' &&
        (!a.expiresAt || new Date(a.expiresAt) > facts.now),
    );
    if (!granted) {
      unmet.push({
        code: 'approval_missing',
        message: `Needs an approved ${rule.label.toLowerCase()}.`,
        key: rule.kind,
      });
    }
  }
  if (definition.customerResponseRequired && !facts.customerResponse?.trim()) {
    unmet.push({
      code: 'customer_response_missing',
      message: 'Record what was communicated to the customer.',
    });
  }
  return unmet;
}
