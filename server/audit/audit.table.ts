export type AuditEventTable = {
  id: string;
  stream: string;
  seq: number;
  case_id: string | null;
  actor_id: string;
  request_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON object: field name to `{ before, after }`. */
  changes: string;
  at: string;
  prev_hash: string;
  hash: string;
};
