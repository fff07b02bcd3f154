export type ApprovalTable = {
  id: string;
  case_id: string;
  kind: string;
  /** Decimal string in major units, so no money is held in a float. */
  amount: string | null;
  currency: string | null;
  policy_reference: string;
  rationale: string;
  approver_role: string;
  expires_at: string | null;
  /** pending, approved, rejected, withdrawn or expired */
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
};
