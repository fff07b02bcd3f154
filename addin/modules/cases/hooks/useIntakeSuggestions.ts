import { useEffect, useState } from 'react';
import type { CaseType, Priority } from '../../../../shared/cases/case.schema';
import type { AnalyzeAnswer } from '../../../api/caseline-api';
import { usePane } from '../../../state/pane-context';

/** The two fields intake assist suggests. */
export type SuggestedField = 'type' | 'priority';

type Fields = { type: CaseType | ''; priority: Priority };

type Options = {
  fields: Fields;
  /** Puts the suggested values into the form. */
  apply: (values: Partial<Fields>) => void;
  /** True when the form came back from a saved draft: what the user chose then wins. */
  restored: boolean;
};

/**
 * Prefills case type and priority from intake assist once its answer comes, into
 * fields the user has not touched, and remembers which fields still hold a
 * suggestion: they stay marked until the user accepts or changes them.
 */
export function useIntakeSuggestions({ fields, apply, restored }: Options) {
  const intake = usePane((s) => s.intake);
  const analyzeAgain = usePane((s) => s.analyzeSelectedEmail);
  const [touched, setTouched] = useState<Record<SuggestedField, boolean>>({
    type: fields.type !== '',
    priority: restored,
  });
  const [pending, setPending] = useState<Record<SuggestedField, boolean>>({
    type: false,
    priority: false,
  });
  const [applied, setApplied] = useState(false);
  const analysis: AnalyzeAnswer | null = intake.status === 'ready' ? intake.data : null;

  useEffect(() => {
    if (!analysis || applied) return;
    setApplied(true);
    const values: Partial<Fields> = {};
    // `no_case` is not a type to put in the form; the form says so instead.
    if (!touched.type && analysis.caseType !== 'no_case') values.type = analysis.caseType;
    if (!touched.priority) values.priority = analysis.priority;
    apply(values);
    setPending({ type: values.type !== undefined, priority: values.priority !== undefined });
  }, [analysis, applied, touched, apply]);

  /** The user picked a value themselves: the field is theirs from now on. */
  const changed = (field: SuggestedField) => {
    setTouched((t) => ({ ...t, [field]: true }));
    setPending((p) => ({ ...p, [field]: false }));
  };

  return {
    intake,
    analysis,
    analyzeAgain,
    pending,
    changed,
    accept: (field: SuggestedField) => setPending((p) => ({ ...p, [field]: false })),
    /** Sent with the new case so what was suggested and what was chosen are kept with it. */
    intakeRef: analysis?.analysisId && applied ? { analysisId: analysis.analysisId } : undefined,
  };
}
