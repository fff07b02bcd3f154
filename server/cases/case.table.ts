import type { Generated } from 'kysely';

export type CaseTable = {
  id: string;
  number: number;
  client_id: string;
  contact_id: string | null;
  type: string;
  priority: string;
  stage: string;
  title: string;
  description: string;
  channel: string;
  queue: string;
  owner_id: string | null;
  source_message_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
  reopen_count: Generated<number>;
  close_reason: string | null;
  resolution_summary: string | null;
  root_cause: string | null;
  customer_response: string | null;
  blocker_reason: string | null;
  waiting_on: string | null;
  stage_entered_at: string;
  acknowledged_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  /** 0 or 1: money movement, loss of access, or a vulnerable or high-risk customer. */
  material_impact: Generated<number>;
  sla_state: Generated<string>;
  sla_due_at: string | null;
};

export type CounterTable = { name: string; value: number };

/** Each move between stages, with who made it and why: the history the SLA clocks read. */
export type StageChangeTable = {
  id: string;
  case_id: string;
  from_stage: string | null;
  to_stage: string;
  actor_id: string;
  reason: string | null;
  waiting_on: string | null;
  at: string;
};
