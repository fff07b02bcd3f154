/** A decision someone must make about a case, and by when. */
export type EscalationTable = {
  id: string;
  case_id: string;
  rule_key: string;
  reason: string;
  decide_role: string;
  decide_by: string;
  /** open or resolved */
  status: string;
  fired_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
  decision_note: string | null;
};
