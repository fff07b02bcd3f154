import type { Approval, RequestApprovalInput } from '../../shared/approvals/approval.schema';
import type { AuditEntry } from '../../shared/audit/audit.schema';
import type { TransitionInput, UpdateCaseInput } from '../../shared/cases/case-commands.schema';
import type { CaseDetail } from '../../shared/cases/case-detail.schema';
import type { EvidenceList } from '../../shared/evidence/evidence.schema';
import { ApiError } from '../api/api-error';
import type { CaselineApi } from '../api/caseline-api';
import { conflictActions, isConflict, loadConflict, type CaseConflictState } from './case-conflict';
import { caseWorkActions, type CaseWorkState } from './case-work-actions';
import { idle, loading, ready, type Loadable } from './loadable';

/** What a case action came to; a failure carries the typed error for the form to show. */
export type ActionResult = { ok: true } | { ok: false; error: ApiError };

export type CasePanelState = {
  openedCase: Loadable<CaseDetail>;
  evidence: Loadable<EvidenceList>;
  approvals: Loadable<Approval[]>;
  timeline: Loadable<AuditEntry[]>;
  /** The user's own id, for "Assign to me"; null when the session does not know it. */
  userId: string | null;
  /** Loads a case and everything the panel shows about it. */
  loadCasePanel: (caseId: string) => void;
  /** Loads the open case and everything the panel shows about it again. */
  refreshCase: () => void;
  transitionCase: (input: TransitionInput) => Promise<ActionResult>;
  assignToMe: () => Promise<ActionResult>;
  /** Records a note as evidence for a missing checklist item. */
  markEvidenceProvided: (key: string, label: string, note: string) => Promise<ActionResult>;
  requestApproval: (input: RequestApprovalInput) => Promise<ActionResult>;
} & CaseWorkState &
  CaseConflictState;

export const emptyCasePanel = {
  openedCase: idle,
  evidence: idle,
  approvals: idle,
  timeline: idle,
  notes: idle,
  followUps: idle,
  assignees: idle,
  conflict: null,
} as const;

type PanelKey = 'openedCase' | 'evidence' | 'approvals' | 'timeline' | 'notes' | 'followUps';

/** What the slice needs from the store around it. */
type Host = {
  selection: number;
  view: { name: string; caseId?: string };
} & CasePanelState;

type Set = (partial: Partial<CasePanelState>) => void;

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('bad_response', String(error));
}

/** The case panel's state and actions; every answer for a case no longer open is dropped. */
export function createCasePanelSlice(
  api: CaselineApi,
  set: Set,
  get: () => Host,
  userId: string | null,
) {
  /** True while the same item is selected and the same case is on screen. */
  const stillOn = (selection: number, caseId: string) => {
    const { view } = get();
    return get().selection === selection && view.name === 'case' && view.caseId === caseId;
  };

  async function load<T>(
    key: PanelKey,
    selection: number,
    caseId: string,
    request: () => Promise<T>,
    quiet: boolean,
  ) {
    // A quiet reload keeps what is on screen, so forms the user is filling in stay put.
    if (!quiet || get()[key].status !== 'ready') set({ [key]: loading });
    try {
      const data = await request();
      if (stillOn(selection, caseId)) set({ [key]: ready(data) } as Partial<CasePanelState>);
    } catch (error) {
      if (stillOn(selection, caseId)) set({ [key]: { status: 'error', error: asApiError(error) } });
    }
  }

  function loadAll(caseId: string, quiet = false) {
    const selection = get().selection;
    void load('openedCase', selection, caseId, () => api.getCase(caseId), quiet);
    void load('evidence', selection, caseId, () => api.caseEvidence(caseId), quiet);
    void load(
      'approvals',
      selection,
      caseId,
      () => api.caseApprovals(caseId).then((page) => page.items),
      quiet,
    );
    void load(
      'timeline',
      selection,
      caseId,
      // The trail comes oldest first; people read the newest first.
      () => api.caseTimeline(caseId).then((t) => [...t.items].reverse()),
      quiet,
    );
    void load('notes', selection, caseId, () => api.caseNotes(caseId), quiet);
    void load(
      'followUps',
      selection,
      caseId,
      () => api.caseFollowUps(caseId).then((page) => page.items),
      quiet,
    );
  }

  /** Runs a change against the open case, then reloads it quietly. */
  async function act(run: (c: CaseDetail) => Promise<unknown>): Promise<ActionResult> {
    const opened = get().openedCase;
    const view = get().view;
    if (opened.status !== 'ready' || view.name !== 'case' || !view.caseId)
      return { ok: false, error: new ApiError('bad_response', 'No case is open') };
    const selection = get().selection;
    const caseId = opened.data.id;
    try {
      await run(opened.data);
      if (stillOn(selection, caseId)) loadAll(caseId, true);
      return { ok: true };
    } catch (error) {
      // A refused change shows what changed meanwhile, so the user can apply it again knowingly.
      if (isConflict(error)) {
        const conflict = await loadConflict(api, opened.data);
        if (stillOn(selection, caseId)) set({ conflict });
      }
      return { ok: false, error: asApiError(error) };
    }
  }

  return {
    ...emptyCasePanel,
    userId,
    loadCasePanel: loadAll,
    refreshCase: () => {
      const view = get().view;
      if (view.name === 'case' && view.caseId) loadAll(view.caseId, true);
    },
    transitionCase: (input: TransitionInput) =>
      act((c) => api.transitionCase(c.id, c.version, input)),
    assignToMe: () =>
      act((c) => {
        const patch: UpdateCaseInput = { ownerId: userId };
        return api.updateCase(c.id, c.version, patch);
      }),
    markEvidenceProvided: (key: string, label: string, note: string) =>
      act((c) =>
        api.addEvidence(c.id, { kind: 'note', title: label, text: note, checklistKey: key }),
      ),
    requestApproval: (input: RequestApprovalInput) => act((c) => api.requestApproval(c.id, input)),
    ...conflictActions({
      get,
      set,
      refresh: () => {
        const view = get().view;
        if (view.name === 'case' && view.caseId) loadAll(view.caseId, true);
      },
    }),
    ...caseWorkActions({
      api,
      get,
      set,
      act,
      asApiError,
      current: () => {
        const { view, selection } = get();
        if (view.name !== 'case' || !view.caseId) return null;
        const caseId = view.caseId;
        return { caseId, stillOn: () => stillOn(selection, caseId) };
      },
    }),
  };
}
