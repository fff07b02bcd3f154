/** A POST the server has answered under an Idempotency-Key, kept so a retry gets the same answer. */
export type IdempotencyKeyTable = {
  user_id: string;
  key: string;
  method: string;
  path: string;
  body_hash: string;
  /** Null while the first request is still being handled. */
  status_code: number | null;
  response_body: string | null;
  created_at: string;
};
