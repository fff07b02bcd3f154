import type { Stage } from './case.schema';

/** Where a case may go from each stage; reopening is a move out of resolved or closed. */
export const allowedTransitions: Readonly<Record<Stage, readonly Stage[]>> = {
  new: ['triage', 'in_progress', 'waiting_customer', 'waiting_internal'],
  triage: ['in_progress', 'waiting_customer', 'waiting_internal'],
  in_progress: ['waiting_customer', 'waiting_internal', 'pending_approval', 'resolved'],
  waiting_customer: ['in_progress', 'waiting_internal', 'resolved'],
  waiting_internal: ['in_progress', 'waiting_customer', 'resolved'],
  pending_approval: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

/** Stages in which the case's work is finished. */
export const finishedStages: readonly Stage[] = ['resolved', 'closed'];

/** Stages in which the case waits on someone else and must say on whom and why. */
export const waitingStages: readonly Stage[] = ['waiting_customer', 'waiting_internal'];

/** True when a case may move from one stage to the other. */
export function canTransition(from: Stage, to: Stage): boolean {
  return allowedTransitions[from].includes(to);
}

/** A move out of resolved or closed back into work. */
export function isReopen(from: Stage, to: Stage): boolean {
  return finishedStages.includes(from) && !finishedStages.includes(to);
}
