/** One analyze call: the suggestion and, when a language model was asked, its prompt and answer. */
export type IntakeAnalysisTable = {
  id: string;
  user_id: string;
  analyzed_at: string;
  /** `rules`, or the LLM provider whose answer was used. */
  provider: string;
  model: string | null;
  /** JSON: the `IntakeAnalysis` returned to the add-in. */
  suggestion: string;
  prompt: string | null;
  output: string | null;
  fallback_reason: string | null;
};

/** Suggested vs chosen for a case made from an analysis. */
export type CaseIntakeTable = {
  case_id: string;
  analysis_id: string;
  provider: string;
  model: string | null;
  suggested_type: string;
  suggested_priority: string;
  suggested_confidence: number;
  /** JSON array of missing-item codes. */
  suggested_missing: string;
  chosen_type: string;
  chosen_priority: string;
  /** 0 or 1. */
  type_accepted: number;
  priority_accepted: number;
  recorded_by: string;
  recorded_at: string;
};
