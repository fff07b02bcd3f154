export type CaseNoteTable = {
  id: string;
  case_id: string;
  /** Trimmed, 1 to 5000 characters. */
  body: string;
  author_id: string;
  created_at: string;
};
