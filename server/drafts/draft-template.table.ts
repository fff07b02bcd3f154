/** One reply template per case type and purpose; `version` moves on each edit, for If-Match. */
export type DraftTemplateTable = {
  id: string;
  case_type: string;
  purpose: string;
  subject: string;
  body: string;
  version: number;
  updated_at: string;
  /** Null while the template is still the default Caseline seeded. */
  updated_by: string | null;
};
