/** One stored file, named by the SHA-256 of its content; the same bytes are stored once. */
export type EvidenceFileTable = {
  sha256: string;
  size: number;
  content_type: string;
  stored_at: string;
};

export type EvidenceItemTable = {
  id: string;
  case_id: string;
  /** file, email, system_reference or note */
  kind: string;
  title: string;
  file_sha256: string | null;
  file_name: string | null;
  email_link_id: string | null;
  reference: string | null;
  note: string | null;
  /** The case type's checklist item this evidence satisfies, if any. */
  checklist_key: string | null;
  added_by: string;
  added_at: string;
  removed_at: string | null;
  removed_by: string | null;
  removal_reason: string | null;
  version: number;
};
