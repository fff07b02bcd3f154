import type { Action } from '../../shared/authz/permissions';
import { usePane } from './pane-context';

/** Whether to offer an action: yes until the server says the user's roles do not allow it. */
export function useCan(action: Action): boolean {
  return usePane((s) => s.allowedActions === null || s.allowedActions.includes(action));
}
