export type FollowUpTable = {
  id: string;
  client_id: string;
  case_id: string | null;
  interaction_id: string | null;
  title: string;
  owner_id: string;
  /** YYYY-MM-DD; overdue is derived from it, never stored. */
  due_date: string;
  /** open, done or cancelled */
  status: string;
  close_condition: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  version: number;
};
