import { useState } from 'react';
import type { ApiError } from '../../../api/api-error';
import type { ActionResult } from '../../../state/case-panel-slice';

/** Runs one case action at a time and keeps its last failure for the form to show. */
export function useCaseAction() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<ActionResult>): Promise<boolean> => {
    setSaving(true);
    setError(null);
    const result = await action();
    setSaving(false);
    if (!result.ok) setError(result.error);
    return result.ok;
  };
  return { saving, error, run, clearError: () => setError(null) };
}
