import type { CaseDetail } from '../../shared/cases/case-detail.schema';
import { ApiError } from '../api/api-error';
import type { CaselineApi } from '../api/caseline-api';
import { ready, type Loadable } from './loadable';

/** One field the user saw that is different now. */
export type CaseFieldChange = {
  field: 'stage' | 'owner' | 'priority' | 'blocker' | 'waitingOn' | 'version' | 'updatedAt';
  before: string | number | null;
  after: string | number | null;
};

/** A change the server refused (412) because the case moved on since the user loaded it. */
export type CaseConflict = {
  /** The case as the user saw it when making the change. */
  seen: CaseDetail;
  /** The case as it is now; null when it could not be loaded. */
  current: CaseDetail | null;
  /** Who changed it meanwhile, from the case's trail; empty when unknown. */
  changedBy: string[];
};

export type CaseConflictState = {
  conflict: CaseConflict | null;
  /** Makes the case as it is now the one the next change applies to ("Apply my change again"). */
  acceptConflict: () => void;
  /** Drops the refused change and shows the case as it is now. */
  discardConflict: () => void;
};

export function isConflict(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.status === 412 || error.code === 'precondition_failed')
  );
}

/** The fields a case handler acts on, compared between what they saw and what is there now. */
export function caseChanges(seen: CaseDetail, current: CaseDetail): CaseFieldChange[] {
  const pairs: [CaseFieldChange['field'], CaseFieldChange['before'], CaseFieldChange['after']][] = [
    ['stage', seen.stage, current.stage],
    ['owner', seen.ownerName, current.ownerName],
    ['priority', seen.priority, current.priority],
    ['blocker', seen.blockerReason, current.blockerReason],
    ['waitingOn', seen.waitingOn, current.waitingOn],
    ['version', seen.version, current.version],
    ['updatedAt', seen.updatedAt, current.updatedAt],
  ];
  return pairs
    .filter(([, before, after]) => before !== after)
    .map(([field, before, after]) => ({ field, before, after }));
}

/** Loads the case as it is now and who changed it since the user's copy; never rejects. */
export async function loadConflict(api: CaselineApi, seen: CaseDetail): Promise<CaseConflict> {
  const [current, trail] = await Promise.allSettled([
    api.getCase(seen.id),
    api.caseTimeline(seen.id),
  ]);
  const since = Date.parse(seen.updatedAt);
  const names =
    trail.status === 'fulfilled'
      ? trail.value.items.filter((e) => Date.parse(e.at) > since).map((e) => e.actor.name)
      : [];
  return {
    seen,
    current: current.status === 'fulfilled' ? current.value : null,
    changedBy: [...new Set(names)],
  };
}

type Tools = {
  get: () => { conflict: CaseConflict | null };
  set: (partial: { conflict?: CaseConflict | null; openedCase?: Loadable<CaseDetail> }) => void;
  /** Reloads the open case's panel without blanking it. */
  refresh: () => void;
};

/** "Apply my change again" and "Discard" for a refused change. */
export function conflictActions({ get, set, refresh }: Tools) {
  return {
    acceptConflict: () => {
      const current = get().conflict?.current;
      // The retry that follows sends the version the user has now seen.
      if (current) set({ openedCase: ready(current), conflict: null });
      else set({ conflict: null });
    },
    discardConflict: () => {
      const current = get().conflict?.current;
      set(current ? { openedCase: ready(current), conflict: null } : { conflict: null });
      refresh();
    },
  };
}
