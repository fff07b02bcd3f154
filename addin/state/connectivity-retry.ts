import type { PaneState } from './pane-store';

/** What the pane needs to load the current view again. */
export type RetryTarget = Pick<
  PaneState,
  | 'tab'
  | 'view'
  | 'chosenClientId'
  | 'reload'
  | 'refreshCase'
  | 'chooseClient'
  | 'loadMyWork'
  | 'loadQueueSummary'
  | 'loadApprovals'
>;

/**
 * Loads again what the view on screen shows, without leaving it: a half-filled form stays open
 * while the server comes back.
 */
export function retryCurrentView(target: RetryTarget): void {
  if (target.tab === 'my-work') target.loadMyWork();
  else if (target.tab === 'queue') target.loadQueueSummary();
  else if (target.tab === 'approvals') target.loadApprovals();
  else if (target.view.name === 'case') target.refreshCase();
  else if (target.view.name === 'create-case' && target.chosenClientId)
    target.chooseClient(target.chosenClientId);
  else target.reload();
}
