import type { Role } from '../users/user.schema';
import type { CaseType, Priority } from './case.schema';

/** A target for one SLA clock, counted in business minutes of the queue's calendar or in plain minutes. */
export type SlaTarget = { minutes: number; basis: 'business' | 'calendar' };

/** The clocks a case type runs, and when they count as at risk. */
export type SlaPolicy = {
  triage: SlaTarget;
  resolution: SlaTarget;
  /** Longest a single wait on the customer should last before someone chases. */
  waitingCustomer: SlaTarget;
  /** Longest a single wait on another team should last before someone escalates. */
  waitingInternal: SlaTarget;
  /** Complaints only: acknowledge receipt. */
  acknowledgement?: SlaTarget;
  /** Complaints only: the regulatory final-response clock; it never pauses. */
  finalResponse?: SlaTarget;
  /** Share of a target used up at which a clock turns `at_risk`. */
  atRiskShare: number;
  /** Whether waiting on the customer stops the resolution clock. */
  pauseResolutionWhileWaitingCustomer: boolean;
};

/** One item of evidence a handler must (or may) attach before closing. */
export type EvidenceRequirement = { key: string; label: string; required: boolean };

export type CloseReason = { key: string; label: string };

/** When a case of this type needs a maker-checker approval, and who may give it. */
export type ApprovalRule = {
  kind: string;
  label: string;
  /** `always`: every case of this type needs one before it can be resolved. */
  when: 'always' | 'above_threshold' | 'on_request';
  /** For `above_threshold`: amounts above this (in the case currency) need approval. */
  threshold?: number;
  /** Role an approver must hold. */
  approverRole: Role;
  /** Amounts above this need the higher role instead. */
  escalateAbove?: { amount: number; approverRole: Role };
  /** Approvals of this kind must carry an expiry or review date. */
  expiryRequired: boolean;
};

/** Facts about a case that escalation rules look at. */
export type EscalationTrigger =
  | { kind: 'clock_at_risk'; timer: 'final_response' | 'resolution' | 'acknowledgement' }
  | { kind: 'material_impact' }
  | { kind: 'blocked_too_long'; minutes: number }
  | { kind: 'repeat_issue'; withinDays: number; count: number };

export type EscalationRule = {
  key: string;
  label: string;
  trigger: EscalationTrigger;
  /** Who must decide, and how long they have. */
  decidedBy: Role;
  decideWithinMinutes: number;
};

/** Everything that varies by case type, kept as data the server and add-in both read. */
export type CaseTypeDefinition = {
  type: CaseType;
  label: string;
  /** Queue a new case of this type lands in. */
  queue: string;
  sla: SlaPolicy;
  evidence: EvidenceRequirement[];
  closeReasons: CloseReason[];
  rootCauseRequired: boolean;
  customerResponseRequired: boolean;
  approvals: ApprovalRule[];
  escalations: EscalationRule[];
};

const hours = (n: number): SlaTarget => ({ minutes: n * 60, basis: 'business' });
// A business day is the calendar's working day; 8 hours covers the demo calendars.
const businessDays = (n: number): SlaTarget => ({ minutes: n * 8 * 60, basis: 'business' });
const calendarDays = (n: number): SlaTarget => ({ minutes: n * 24 * 60, basis: 'calendar' });

const commonCloseReasons: CloseReason[] = [
  { key: 'completed', label: 'Completed as requested' },
  { key: 'declined', label: 'Declined, with reasons given' },
  { key: 'withdrawn', label: 'Withdrawn by the customer' },
  { key: 'duplicate', label: 'Duplicate of another case' },
];

const repeatIssue: EscalationRule = {
  key: 'repeat_issue',
  label: 'Same issue repeating for this client',
  trigger: { kind: 'repeat_issue', withinDays: 90, count: 3 },
  decidedBy: 'manager',
  decideWithinMinutes: 2 * 8 * 60,
};

const blockedTooLong: EscalationRule = {
  key: 'blocked_too_long',
  label: 'Blocked on the same dependency for too long',
  trigger: { kind: 'blocked_too_long', minutes: 3 * 8 * 60 },
  decidedBy: 'manager',
  decideWithinMinutes: 8 * 60,
};

const materialImpact: EscalationRule = {
  key: 'material_impact',
  label: 'Material impact: money movement, loss of access, or a vulnerable or high-risk customer',
  trigger: { kind: 'material_impact' },
  decidedBy: 'manager',
  decideWithinMinutes: 4 * 60,
};

/** The case types, in the order people pick them. */
export const caseTypeDefinitions: readonly CaseTypeDefinition[] = [
  {
    type: 'account_maintenance',
    label: 'Account maintenance',
    queue: 'service-ops',
    sla: {
      triage: hours(4),
      resolution: businessDays(5),
      waitingCustomer: businessDays(10),
      waitingInternal: businessDays(2),
      atRiskShare: 0.75,
      pauseResolutionWhileWaitingCustomer: true,
    },
    evidence: [
      { key: 'identity_check', label: 'Identity check', required: true },
      { key: 'signed_instruction', label: 'Signed instruction', required: true },
    ],
    closeReasons: commonCloseReasons,
    rootCauseRequired: false,
    customerResponseRequired: false,
    approvals: [
      {
        kind: 'restriction_change',
        label: 'Lift or add an account restriction',
        when: 'on_request',
        approverRole: 'manager',
        expiryRequired: false,
      },
    ],
    escalations: [materialImpact, blockedTooLong, repeatIssue],
  },
  {
    type: 'payment_investigation',
    label: 'Payment investigation',
    queue: 'payments-ops',
    sla: {
      triage: hours(2),
      resolution: businessDays(10),
      waitingCustomer: businessDays(10),
      waitingInternal: businessDays(3),
      atRiskShare: 0.75,
      pauseResolutionWhileWaitingCustomer: true,
    },
    evidence: [
      { key: 'transaction_record', label: 'Transaction record', required: true },
      { key: 'customer_update', label: 'Customer update sent', required: true },
    ],
    closeReasons: [
      { key: 'funds_located', label: 'Funds located and credited' },
      { key: 'funds_returned', label: 'Funds returned to sender' },
      { key: 'refunded', label: 'Refunded to the customer' },
      { key: 'no_error_found', label: 'No error found, explained to the customer' },
      ...commonCloseReasons.filter((r) => r.key !== 'completed'),
    ],
    rootCauseRequired: false,
    customerResponseRequired: true,
    approvals: [
      {
        kind: 'refund',
        label: 'Refund to the customer',
        when: 'above_threshold',
        threshold: 500,
        approverRole: 'manager',
        expiryRequired: false,
      },
    ],
    escalations: [materialImpact, blockedTooLong, repeatIssue],
  },
  {
    type: 'complaint',
    label: 'Complaint',
    queue: 'complaints',
    sla: {
      triage: hours(4),
      resolution: calendarDays(56),
      waitingCustomer: businessDays(10),
      waitingInternal: businessDays(3),
      acknowledgement: businessDays(1),
      // Eight weeks by default (DISP 1.6); deployments with a 15-business-day rule override it.
      finalResponse: calendarDays(56),
      atRiskShare: 0.75,
      pauseResolutionWhileWaitingCustomer: false,
    },
    evidence: [
      { key: 'evidence_pack', label: 'Evidence pack', required: true },
      { key: 'final_response', label: 'Final response letter', required: true },
      { key: 'reviewer_signoff', label: 'Reviewer sign-off', required: true },
    ],
    closeReasons: [
      { key: 'upheld', label: 'Upheld' },
      { key: 'partially_upheld', label: 'Partially upheld' },
      { key: 'not_upheld', label: 'Not upheld' },
      { key: 'withdrawn', label: 'Withdrawn by the customer' },
    ],
    rootCauseRequired: true,
    customerResponseRequired: true,
    approvals: [
      {
        kind: 'redress',
        label: 'Redress payment',
        when: 'above_threshold',
        threshold: 250,
        approverRole: 'manager',
        expiryRequired: false,
      },
    ],
    escalations: [
      {
        key: 'final_response_at_risk',
        label: 'Final-response clock approaching its limit',
        trigger: { kind: 'clock_at_risk', timer: 'final_response' },
        decidedBy: 'manager',
        decideWithinMinutes: 8 * 60,
      },
      materialImpact,
      blockedTooLong,
      repeatIssue,
    ],
  },
  {
    type: 'operational_correction',
    label: 'Operational correction',
    queue: 'service-ops',
    sla: {
      triage: hours(4),
      resolution: businessDays(5),
      waitingCustomer: businessDays(10),
      waitingInternal: businessDays(2),
      atRiskShare: 0.75,
      pauseResolutionWhileWaitingCustomer: true,
    },
    evidence: [
      { key: 'record_before', label: 'Record before the correction', required: true },
      { key: 'record_after', label: 'Record after the correction', required: true },
      { key: 'affected_records', label: 'List of affected records', required: true },
    ],
    closeReasons: commonCloseReasons,
    rootCauseRequired: true,
    customerResponseRequired: false,
    approvals: [
      {
        kind: 'correction',
        label: 'Maker-checker sign-off of the correction',
        when: 'always',
        approverRole: 'manager',
        expiryRequired: false,
      },
    ],
    escalations: [materialImpact, blockedTooLong, repeatIssue],
  },
  {
    type: 'document_request',
    label: 'Document request',
    queue: 'kyc-documents',
    sla: {
      triage: hours(4),
      resolution: businessDays(5),
      waitingCustomer: businessDays(15),
      waitingInternal: businessDays(3),
      atRiskShare: 0.75,
      pauseResolutionWhileWaitingCustomer: true,
    },
    evidence: [
      { key: 'delivery_record', label: 'Record that the document was delivered', required: true },
    ],
    closeReasons: commonCloseReasons,
    rootCauseRequired: false,
    customerResponseRequired: false,
    approvals: [],
    escalations: [blockedTooLong, repeatIssue],
  },
  {
    type: 'internal_approval',
    label: 'Internal approval',
    queue: 'approvals',
    sla: {
      triage: hours(4),
      resolution: businessDays(3),
      waitingCustomer: businessDays(10),
      waitingInternal: businessDays(2),
      atRiskShare: 0.75,
      pauseResolutionWhileWaitingCustomer: true,
    },
    evidence: [
      { key: 'policy_reference', label: 'Policy reference', required: true },
      { key: 'rationale', label: 'Rationale', required: true },
    ],
    closeReasons: [
      { key: 'approved', label: 'Approved and applied' },
      { key: 'rejected', label: 'Rejected' },
      { key: 'withdrawn', label: 'Withdrawn by the requester' },
    ],
    rootCauseRequired: false,
    customerResponseRequired: false,
    approvals: [
      {
        kind: 'policy_exception',
        label: 'Policy exception, override, special pricing or limit change',
        when: 'always',
        approverRole: 'manager',
        expiryRequired: true,
      },
    ],
    escalations: [blockedTooLong],
  },
];

/** Looks up a case type's definition; every CaseType has one. */
export function caseTypeDefinition(type: CaseType): CaseTypeDefinition {
  const found = caseTypeDefinitions.find((d) => d.type === type);
  if (!found) throw new Error(`No definition for case type ${type}`);
  return found;
}

export const priorityLabels: Record<Priority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};
