import type { Assignee } from '../../shared/cases/case-assignment.schema';
import type { CaseDetail } from '../../shared/cases/case-detail.schema';
import type { FollowUp, FollowUpDraft } from '../../shared/follow-ups/follow-up.schema';
import type { CaseNotePage } from '../../shared/notes/case-note.schema';
import type { ApiError } from '../api/api-error';
import type { CaselineApi } from '../api/caseline-api';
import type { ActionResult } from './case-panel-slice';
import { loading, ready, type Loadable } from './loadable';

/** Working a case day to day: who has it, its notes and its follow-ups. */
export type CaseWorkState = {
  notes: Loadable<CaseNotePage>;
  followUps: Loadable<FollowUp[]>;
  /** Whom "Reassign" offers; loaded only when the user asks. */
  assignees: Loadable<Assignee[]>;
  reassign: (ownerId: string) => Promise<ActionResult>;
  loadAssignees: () => void;
  addNote: (body: string) => Promise<ActionResult>;
  /** Appends the next page of older notes. */
  loadOlderNotes: () => Promise<ActionResult>;
  addFollowUp: (draft: FollowUpDraft) => Promise<ActionResult>;
  completeFollowUp: (followUp: FollowUp) => Promise<ActionResult>;
};

type Tools = {
  api: CaselineApi;
  get: () => CaseWorkState & { openedCase: Loadable<CaseDetail> };
  set: (partial: Partial<CaseWorkState>) => void;
  /** Runs a change against the open case, then reloads it quietly. */
  act: (run: (c: CaseDetail) => Promise<unknown>) => Promise<ActionResult>;
  /** The open case and a check that it is still the one on screen. */
  current: () => { caseId: string; stillOn: () => boolean } | null;
  asApiError: (error: unknown) => ApiError;
};

/** The actions behind the owner, notes and follow-ups panels; late answers are dropped. */
export function caseWorkActions({ api, get, set, act, current, asApiError }: Tools) {
  return {
    reassign: (ownerId: string) => act((c) => api.updateCase(c.id, c.version, { ownerId })),

    loadAssignees: () => {
      const on = current();
      if (!on) return;
      set({ assignees: loading });
      api.caseAssignees(on.caseId).then(
        (list) => {
          if (on.stillOn()) set({ assignees: ready(list.items) });
        },
        (error: unknown) => {
          if (on.stillOn()) set({ assignees: { status: 'error', error: asApiError(error) } });
        },
      );
    },

    addNote: (body: string) => act((c) => api.addCaseNote(c.id, { body })),

    loadOlderNotes: async (): Promise<ActionResult> => {
      const on = current();
      const notes = get().notes;
      if (!on || notes.status !== 'ready' || !notes.data.nextCursor) return { ok: true };
      try {
        const older = await api.caseNotes(on.caseId, notes.data.nextCursor);
        const now = get().notes;
        if (on.stillOn() && now.status === 'ready') {
          set({
            notes: ready({
              items: [...now.data.items, ...older.items],
              nextCursor: older.nextCursor,
            }),
          });
        }
        return { ok: true };
      } catch (error) {
        return { ok: false, error: asApiError(error) };
      }
    },

    addFollowUp: (draft: FollowUpDraft) => act((c) => api.addCaseFollowUp(c.id, draft)),

    completeFollowUp: (followUp: FollowUp) =>
      act(() => api.updateFollowUp(followUp.id, followUp.version, { status: 'done' })),
  };
}
