import type { DraftPurpose, PreparedReply } from '../../../../shared/drafts/draft.schema';
import { ApiError } from '../../../api/api-error';
import type { CaselineApi } from '../../../api/caseline-api';

/** What asking for a draft came to: the text, or the typed error to show with Retry. */
export type DraftResult = { ok: true; draft: PreparedReply } | { ok: false; error: ApiError };

export type DraftState = {
  /** Fills the open case's template for a purpose. Nothing is sent: the user reviews and sends it. */
  prepareReply: (purpose: DraftPurpose) => Promise<DraftResult>;
};

/** What the slice reads from the store around it. */
type StoreView = { selection: number; view: { name: string; caseId?: string } };

/** The draft action of the pane store; an answer for a case no longer open is not used. */
export function createDraftSlice(api: CaselineApi, get: () => StoreView): DraftState {
  return {
    prepareReply: async (purpose) => {
      const { view, selection } = get();
      if (view.name !== 'case' || !view.caseId)
        return { ok: false, error: new ApiError('bad_response', 'No case is open') };
      const caseId = view.caseId;
      try {
        const draft = await api.prepareDraft(caseId, purpose);
        const now = get();
        if (now.selection !== selection || now.view.caseId !== caseId)
          return { ok: false, error: new ApiError('bad_response', 'The case changed meanwhile') };
        return { ok: true, draft };
      } catch (error) {
        return {
          ok: false,
          error: error instanceof ApiError ? error : new ApiError('bad_response', String(error)),
        };
      }
    },
  };
}
