import type { Approval, DecisionInput } from '../../../../shared/approvals/approval.schema';
import type { CaseDetail } from '../../../../shared/cases/case-detail.schema';
import type { Case } from '../../../../shared/cases/case.schema';
import type { EvidenceList } from '../../../../shared/evidence/evidence.schema';
import type { FollowUp } from '../../../../shared/follow-ups/follow-up.schema';
import {
  queueBucketFilters,
  type QueueBucket,
  type QueueSummary,
} from '../../../../shared/queue/queue.schema';
import { ApiError } from '../../../api/api-error';
import type { CaselineApi } from '../../../api/caseline-api';
import type { ActionResult } from '../../../state/case-panel-slice';
import { idle, loading, ready, type Loadable } from '../../../state/loadable';

/** What an approver reads beside a request: the case it is about and the case's evidence. */
export type ApprovalContext = { case: CaseDetail; evidence: EvidenceList };

/** The last decision this pane made, so the Approvals view can confirm it. */
export type DecisionNotice = { decision: DecisionInput['decision']; caseReference: string };

export type WorkState = {
  myCases: Loadable<Case[]>;
  myFollowUps: Loadable<FollowUp[]>;
  queueSummary: Loadable<QueueSummary>;
  /** Whether the user works a queue: the summary answers, or refuses with 403; null until asked. */
  queueAccess: boolean | null;
  queueLists: Partial<Record<QueueBucket, Loadable<Case[]>>>;
  decidable: Loadable<Approval[]>;
  requested: Loadable<Approval[]>;
  /** Keyed by case id: several requests may share a case. */
  approvalContexts: Record<string, Loadable<ApprovalContext>>;
  decisionNotice: DecisionNotice | null;
  loadMyWork: () => void;
  loadQueueSummary: () => void;
  loadQueueBucket: (bucket: QueueBucket) => void;
  loadApprovals: () => void;
  loadApprovalContext: (caseId: string) => void;
  /** Decides a request, then reloads the inbox and says what was done. */
  decideApproval: (approval: Approval, input: DecisionInput) => Promise<ActionResult>;
};

type Set = (partial: Partial<WorkState>) => void;

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('bad_response', String(error));
}

/** The user's own requests: those still waiting first, then the most recent. */
function byPendingThenNewest(a: Approval, b: Approval): number {
  const waiting = Number(b.status === 'pending') - Number(a.status === 'pending');
  return waiting || b.requestedAt.localeCompare(a.requestedAt);
}

/** Rows per list: enough for any one desk or pile; the API allows up to 100. */
const listLimit = 50;

/** The work views' data: my work, the queue's piles and the approvals inbox. */
export function createWorkSlice(api: CaselineApi, set: Set, get: () => WorkState) {
  async function load<T>(apply: (value: Loadable<T>) => void, request: () => Promise<T>) {
    apply(loading);
    try {
      apply(ready(await request()));
    } catch (error) {
      apply({ status: 'error', error: asApiError(error) });
    }
  }

  function loadApprovals() {
    void load<Approval[]>(
      (decidable) => set({ decidable }),
      () => api.listApprovals({ mine: 'decidable', status: 'pending' }).then((p) => p.items),
    );
    void load<Approval[]>(
      (requested) => set({ requested }),
      () =>
        api
          .listApprovals({ mine: 'requested' })
          .then((p) => [...p.items].sort(byPendingThenNewest)),
    );
  }

  return {
    myCases: idle,
    myFollowUps: idle,
    queueSummary: idle,
    queueAccess: null,
    queueLists: {},
    decidable: idle,
    requested: idle,
    approvalContexts: {},
    decisionNotice: null,

    loadMyWork: () => {
      void load<Case[]>(
        (myCases) => set({ myCases }),
        () =>
          api
            .workCases({ ownerId: 'me', open: 'true', sort: 'sla', limit: listLimit })
            .then((p) => p.items),
      );
      void load<FollowUp[]>(
        (myFollowUps) => set({ myFollowUps }),
        () => api.myFollowUps().then((p) => p.items),
      );
    },

    loadQueueSummary: () => {
      void load<QueueSummary>(
        (queueSummary) => {
          set({ queueSummary });
          if (queueSummary.status === 'ready') set({ queueAccess: true });
          // The server decides who works a queue, so the pane needs no copy of the role rules.
          if (queueSummary.status === 'error' && queueSummary.error.code === 'forbidden')
            set({ queueAccess: false });
        },
        () => api.queueSummary(),
      );
    },

    loadQueueBucket: (bucket: QueueBucket) => {
      void load<Case[]>(
        (list) => set({ queueLists: { ...get().queueLists, [bucket]: list } }),
        () =>
          api
            .workCases({
              ...queueBucketFilters[bucket],
              open: 'true',
              sort: 'sla',
              limit: listLimit,
            })
            .then((p) => p.items),
      );
    },

    loadApprovals: () => {
      // Coming back to the inbox starts clean; the notice belongs to the decision just made.
      set({ decisionNotice: null });
      loadApprovals();
    },

    loadApprovalContext: (caseId: string) => {
      void load<ApprovalContext>(
        (context) => set({ approvalContexts: { ...get().approvalContexts, [caseId]: context } }),
        async () => {
          const [detail, evidence] = await Promise.all([
            api.getCase(caseId),
            api.caseEvidence(caseId),
          ]);
          return { case: detail, evidence };
        },
      );
    },

    decideApproval: async (approval: Approval, input: DecisionInput): Promise<ActionResult> => {
      try {
        await api.decideApproval(approval.id, input);
      } catch (error) {
        return { ok: false, error: asApiError(error) };
      }
      set({
        decisionNotice: { decision: input.decision, caseReference: approval.caseReference },
      });
      loadApprovals();
      return { ok: true };
    },
  };
}
