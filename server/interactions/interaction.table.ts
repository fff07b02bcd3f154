export type InteractionTable = {
  id: string;
  client_id: string;
  /** meeting, call or email */
  kind: string;
  occurred_at: string;
  purpose: string;
  notes: string;
  /** JSON array of `{ name, email, internal }`. */
  participants: string;
  /** JSON array of strings: what the client asked for. */
  asks: string;
  /** JSON array of strings: what was decided. */
  decisions: string;
  sensitive: number;
  source_item_id: string | null;
  recorded_by: string;
  created_at: string;
  version: number;
};
