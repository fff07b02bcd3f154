import { vi } from 'vitest';
import type { CaselineApi } from '../../../addin/api/caseline-api';

type Method = keyof CaselineApi;
type Args<K extends Method> = Parameters<CaselineApi[K]>;
type Result<K extends Method> = Awaited<ReturnType<CaselineApi[K]>>;

/** One request the pane made that the test answers when it chooses. */
export type PendingCall<K extends Method> = {
  args: Args<K>;
  resolve: (value: Result<K>) => void;
  reject: (error: unknown) => void;
};

/** Answers given straight away, per method; a method without one stays pending until the test settles it. */
export type FakeAnswers = { [K in Method]?: (...args: Args<K>) => Result<K> | Promise<Result<K>> };

const methods = [
  'matchClients',
  'searchClients',
  'clientBrief',
  'linkedCases',
  'createCase',
  'getCase',
  'updateCase',
  'transitionCase',
  'caseEvidence',
  'addEvidence',
  'caseApprovals',
  'requestApproval',
  'caseTimeline',
  'prepareDraft',
  'caseAssignees',
  'caseNotes',
  'addCaseNote',
  'caseFollowUps',
  'addCaseFollowUp',
  'updateFollowUp',
  'linkEmail',
  'analyzeEmail',
  'searchCases',
  'uploadEvidenceFile',
  'unlinkEmail',
  'workCases',
  'myFollowUps',
  'queueSummary',
  'listApprovals',
  'decideApproval',
  'extractMeetingNotes',
  'recordInteraction',
  'listUsers',
  'me',
] as const satisfies readonly Method[];

export type FakeApi = ReturnType<typeof createFakeApi>;

/**
 * A CaselineApi whose every call is recorded with a deferred answer, so a test can
 * settle requests in any order (late answers included).
 */
export function createFakeApi(answers: FakeAnswers = {}) {
  const pending = Object.fromEntries(methods.map((m) => [m, []])) as unknown as {
    [K in Method]: PendingCall<K>[];
  };

  function method<K extends Method>(name: K) {
    return vi.fn(
      (...args: Args<K>) =>
        new Promise<Result<K>>((resolve, reject) => {
          const calls = pending[name] as PendingCall<K>[];
          calls.push({ args, resolve, reject });
          const answer = answers[name] as
            ((...a: Args<K>) => Result<K> | Promise<Result<K>>) | undefined;
          if (answer)
            Promise.resolve()
              .then(() => answer(...args))
              .then(resolve, reject);
        }),
    );
  }

  const api = {
    matchClients: method('matchClients'),
    searchClients: method('searchClients'),
    clientBrief: method('clientBrief'),
    linkedCases: method('linkedCases'),
    createCase: method('createCase'),
    getCase: method('getCase'),
    updateCase: method('updateCase'),
    transitionCase: method('transitionCase'),
    caseEvidence: method('caseEvidence'),
    addEvidence: method('addEvidence'),
    caseApprovals: method('caseApprovals'),
    requestApproval: method('requestApproval'),
    caseTimeline: method('caseTimeline'),
    prepareDraft: method('prepareDraft'),
    caseAssignees: method('caseAssignees'),
    caseNotes: method('caseNotes'),
    addCaseNote: method('addCaseNote'),
    caseFollowUps: method('caseFollowUps'),
    addCaseFollowUp: method('addCaseFollowUp'),
    updateFollowUp: method('updateFollowUp'),
    linkEmail: method('linkEmail'),
    analyzeEmail: method('analyzeEmail'),
    searchCases: method('searchCases'),
    uploadEvidenceFile: method('uploadEvidenceFile'),
    unlinkEmail: method('unlinkEmail'),
    workCases: method('workCases'),
    myFollowUps: method('myFollowUps'),
    queueSummary: method('queueSummary'),
    listApprovals: method('listApprovals'),
    decideApproval: method('decideApproval'),
    extractMeetingNotes: method('extractMeetingNotes'),
    recordInteraction: method('recordInteraction'),
    listUsers: method('listUsers'),
    me: method('me'),
  } satisfies CaselineApi;

  /** The n-th call (0-based) of a method; fails the test if it was never made. */
  function call<K extends Method>(name: K, index = 0): PendingCall<K> {
    const found = (pending[name] as PendingCall<K>[])[index];
    if (!found) throw new Error(`Expected call #${index} of ${name}, saw ${pending[name].length}`);
    return found;
  }

  return { api, pending, call };
}

/** Lets every queued promise callback run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
