import type { ActionResult } from '../../../state/case-panel-slice';
import { useCaseAction } from './useCaseAction';

/**
 * The save and cancel of a form whose typed text is kept until saved: a save or a
 * cancel (or a discard after a conflict) lets the text go; only an interruption keeps it.
 */
export function useKeptDraftForm(kept: { clear: () => void }, onDone: () => void) {
  const action = useCaseAction();
  const finish = () => {
    kept.clear();
    onDone();
  };
  const save = async (send: () => Promise<ActionResult>) => {
    if (await action.run(send)) finish();
  };
  return { ...action, save, cancel: finish };
}
