import type { CaseType, Priority } from './case.schema';

/** What the add-in shows and the server routes by, per case type. */
export type CaseTypeDefinition = {
  type: CaseType;
  label: string;
  /** Queue a new case of this type lands in. */
  queue: string;
};

/** The case types, in the order people pick them. */
export const caseTypeDefinitions: readonly CaseTypeDefinition[] = [
  { type: 'account_maintenance', label: 'Account maintenance', queue: 'service-ops' },
  { type: 'payment_investigation', label: 'Payment investigation', queue: 'payments-ops' },
  { type: 'complaint', label: 'Complaint', queue: 'complaints' },
  { type: 'operational_correction', label: 'Operational correction', queue: 'service-ops' },
  { type: 'document_request', label: 'Document request', queue: 'kyc-documents' },
  { type: 'internal_approval', label: 'Internal approval', queue: 'approvals' },
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
