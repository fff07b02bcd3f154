import { describe, expect, it } from 'vitest';
import { SuggestedActionSchema } from '../../../shared/clients/brief.schema';
import { suggestActions, type SuggestionFacts } from '../../../server/brief/suggested-actions';

// The rules are pure, so each is tested from plain facts: no database, no clock.

const now = new Date('2026-03-16T10:00:00.000Z');
const today = '2026-03-16';

function facts(overrides: Partial<SuggestionFacts> = {}): SuggestionFacts {
  return {
    now,
    today,
    openFollowUps: [],
    openCases: [],
    missingEvidence: [],
    pendingApprovals: [],
    nextReviewDate: null,
    ...overrides,
  };
}

type CaseFact = SuggestionFacts['openCases'][number];

function aCaseFact(overrides: Partial<CaseFact> = {}): CaseFact {
  return {
    id: 'case-1',
    reference: 'CASE-000001',
    stage: 'in_progress',
    stageEnteredAt: '2026-03-13T09:00:00.000Z',
    slaDueAt: '2026-03-20T17:00:00.000Z',
    clockAlert: null,
    ...overrides,
  };
}

describe('suggested actions', () => {
  it('suggests nothing when nothing needs doing', () => {
    expect(
      suggestActions(
        facts({
          openCases: [aCaseFact()],
          openFollowUps: [{ id: 'f-today', title: 'Call back', dueDate: today, caseId: null }],
          nextReviewDate: '2026-06-30',
        }),
      ),
    ).toEqual([]);
  });

  it('chases an overdue follow-up, saying when it was due and by how many days', () => {
    const [action, ...rest] = suggestActions(
      facts({
        openFollowUps: [
          { id: 'f-1', title: 'Send the facility letter', dueDate: '2026-03-13', caseId: 'case-1' },
          { id: 'f-2', title: 'Not yet due', dueDate: '2026-03-17', caseId: null },
        ],
      }),
    );
    expect(rest).toEqual([]);
    expect(action).toEqual({
      key: 'chase_follow_up',
      title: 'Chase: Send the facility letter',
      reason: 'due 2026-03-13, 3 days overdue',
      followUpId: 'f-1',
      caseId: 'case-1',
      priority: 'high',
    });
  });

  it('says "1 day overdue" for a follow-up due yesterday', () => {
    const [action] = suggestActions(
      facts({ openFollowUps: [{ id: 'f-1', title: 'Ring', dueDate: '2026-03-15', caseId: null }] }),
    );
    expect(action?.reason).toBe('due 2026-03-15, 1 day overdue');
    expect(action).not.toHaveProperty('caseId');
  });

  it('does not say "Chase" twice when the follow-up title already starts with it', () => {
    const [action] = suggestActions(
      facts({
        openFollowUps: [
          { id: 'f-1', title: 'Chase the signed mandate', dueDate: '2026-03-10', caseId: null },
        ],
      }),
    );
    expect(action?.title).toBe('Chase the signed mandate');
  });

  it('asks to act on a case whose clock is at risk, naming the clock', () => {
    const [action] = suggestActions(
      facts({
        openCases: [
          aCaseFact({
            clockAlert: {
              timer: 'final_response',
              state: 'at_risk',
              dueAt: '2026-03-20T17:00:00.000Z',
            },
          }),
        ],
      }),
    );
    expect(action).toMatchObject({
      key: 'act_on_sla',
      title: 'Act on CASE-000001',
      caseId: 'case-1',
      priority: 'high',
    });
    expect(action?.reason).toBe('Final response clock is at risk, due 2026-03-20 17:00 UTC');
  });

  it('asks to act on a breached case before one merely at risk', () => {
    const actions = suggestActions(
      facts({
        openCases: [
          aCaseFact({
            id: 'risky',
            reference: 'CASE-000002',
            clockAlert: {
              timer: 'resolution',
              state: 'at_risk',
              dueAt: '2026-03-17T09:00:00.000Z',
            },
          }),
          aCaseFact({
            id: 'late',
            reference: 'CASE-000003',
            clockAlert: { timer: 'triage', state: 'breached', dueAt: '2026-03-16T08:00:00.000Z' },
          }),
        ],
      }),
    );
    expect(actions.map((a) => a.caseId)).toEqual(['late', 'risky']);
    expect(actions[0]?.reason).toMatch(/^Triage clock is breached/);
  });

  it('asks to collect each required piece of evidence a case lacks', () => {
    const actions = suggestActions(
      facts({
        openCases: [aCaseFact()],
        missingEvidence: [
          {
            caseId: 'case-1',
            caseReference: 'CASE-000001',
            key: 'final_response',
            label: 'Final response letter',
          },
        ],
      }),
    );
    expect(actions).toEqual([
      {
        key: 'collect_evidence',
        title: 'Collect Final response letter for CASE-000001',
        reason: 'Final response letter is required before CASE-000001 can be resolved',
        caseId: 'case-1',
        priority: 'medium',
      },
    ]);
  });

  it('flags a case with no stage change for 10 days or more, and not one at 9', () => {
    const actions = suggestActions(
      facts({
        openCases: [
          aCaseFact({
            id: 'stale',
            reference: 'CASE-000004',
            stage: 'waiting_customer',
            stageEnteredAt: '2026-03-06T09:00:00.000Z',
          }),
          aCaseFact({ id: 'fresh', stageEnteredAt: '2026-03-07T09:30:00.000Z' }),
        ],
      }),
    );
    expect(actions).toEqual([
      {
        key: 'move_stale_case',
        title: 'Move CASE-000004 forward',
        reason: 'No stage change for 10 days: waiting customer since 2026-03-06',
        caseId: 'stale',
        priority: 'medium',
      },
    ]);
  });

  it('suggests preparing a review due within 30 days, and not one further out', () => {
    expect(suggestActions(facts({ nextReviewDate: '2026-04-16' }))).toEqual([]);
    expect(suggestActions(facts({ nextReviewDate: '2026-04-15' }))).toEqual([
      {
        key: 'prepare_review',
        title: 'Prepare the client review',
        reason: 'Review due 2026-04-15, in 30 days',
        priority: 'low',
      },
    ]);
  });

  it('raises a review date already passed to medium priority', () => {
    const [action] = suggestActions(facts({ nextReviewDate: '2026-03-10' }));
    expect(action).toMatchObject({
      key: 'prepare_review',
      reason: 'Review was due 2026-03-10, 6 days ago',
      priority: 'medium',
    });
  });

  it('chases an approval pending for more than 2 days, and not a newer one', () => {
    const actions = suggestActions(
      facts({
        pendingApprovals: [
          {
            id: 'a-old',
            caseId: 'case-1',
            caseReference: 'CASE-000001',
            kind: 'policy_exception',
            requestedAt: '2026-03-12T09:00:00.000Z',
          },
          {
            id: 'a-new',
            caseId: 'case-2',
            caseReference: 'CASE-000002',
            kind: 'refund',
            requestedAt: '2026-03-14T11:00:00.000Z',
          },
        ],
      }),
    );
    expect(actions).toEqual([
      {
        key: 'chase_approval',
        title: 'Chase the policy exception approval on CASE-000001',
        reason: 'Waiting for a decision for 4 days, since 2026-03-12',
        caseId: 'case-1',
        priority: 'medium',
      },
    ]);
  });

  it('orders by priority, then by urgency, and gives every suggestion a reason', () => {
    const actions = suggestActions(
      facts({
        nextReviewDate: '2026-03-20',
        openFollowUps: [
          { id: 'f-recent', title: 'Recent', dueDate: '2026-03-14', caseId: null },
          { id: 'f-old', title: 'Old', dueDate: '2026-03-01', caseId: null },
        ],
        openCases: [
          aCaseFact({
            stageEnteredAt: '2026-02-01T09:00:00.000Z',
            clockAlert: {
              timer: 'resolution',
              state: 'at_risk',
              dueAt: '2026-03-18T09:00:00.000Z',
            },
          }),
        ],
        missingEvidence: [
          { caseId: 'case-1', caseReference: 'CASE-000001', key: 'k', label: 'Identity check' },
        ],
        pendingApprovals: [
          {
            id: 'a-1',
            caseId: 'case-1',
            caseReference: 'CASE-000001',
            kind: 'refund',
            requestedAt: '2026-03-01T09:00:00.000Z',
          },
        ],
      }),
    );
    expect(actions.map((a) => a.followUpId ?? a.key)).toEqual([
      'f-old',
      'f-recent',
      'act_on_sla',
      'move_stale_case',
      'chase_approval',
      'collect_evidence',
      'prepare_review',
    ]);
    for (const action of actions) {
      expect(SuggestedActionSchema.parse(action).reason.length).toBeGreaterThan(0);
    }
  });
});
