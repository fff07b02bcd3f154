import type { SuggestedAction, SuggestionKey } from '../../shared/clients/brief.schema';
import { daysBetween } from '../../shared/follow-ups/due-date';
import type { TimerName } from '../../shared/sla/timers';

// Pure rules: plain facts in, suggestions out, so each rule is tested without a database.

/** A case with no stage change for this many days is stale. */
export const staleCaseDays = 10;
/** A review date this close (or already past) is worth preparing for. */
export const reviewWindowDays = 30;
/** A pending approval older than this is worth chasing. */
export const approvalChaseDays = 2;

const dayMs = 86_400_000;

export type SuggestionFacts = {
  now: Date;
  /** Today in London as YYYY-MM-DD: follow-up and review dates are London days. */
  today: string;
  openFollowUps: readonly { id: string; title: string; dueDate: string; caseId: string | null }[];
  openCases: readonly {
    id: string;
    reference: string;
    stage: string;
    stageEnteredAt: string;
    slaDueAt: string | null;
    /** The clock most worth acting on, if any is at risk or breached. */
    clockAlert: { timer: TimerName; state: 'at_risk' | 'breached'; dueAt: string | null } | null;
  }[];
  missingEvidence: readonly { caseId: string; caseReference: string; key: string; label: string }[];
  pendingApprovals: readonly {
    id: string;
    caseId: string;
    caseReference: string;
    kind: string;
    requestedAt: string;
  }[];
  nextReviewDate: string | null;
};

/** A suggestion and the instant that makes it urgent: the earlier, the sooner to act. */
type Ranked = { action: SuggestedAction; urgentFrom: string };

const priorityRank: Record<SuggestedAction['priority'], number> = { high: 0, medium: 1, low: 2 };

const ruleOrder: readonly SuggestionKey[] = [
  'act_on_sla',
  'chase_follow_up',
  'chase_approval',
  'collect_evidence',
  'move_stale_case',
  'prepare_review',
];

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function words(key: string): string {
  return key.replace(/_/g, ' ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wholeDaysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / dayMs);
}

function overdueFollowUps(facts: SuggestionFacts): Ranked[] {
  return facts.openFollowUps
    .filter((f) => f.dueDate < facts.today)
    .map((f) => ({
      urgentFrom: `${f.dueDate}T00:00:00.000Z`,
      action: {
        key: 'chase_follow_up',
        // A title that already says "Chase…" would otherwise read "Chase: Chase…".
        title: /^chase\b/i.test(f.title) ? f.title : `Chase: ${f.title}`,
        reason: `due ${f.dueDate}, ${plural(daysBetween(f.dueDate, facts.today), 'day')} overdue`,
        followUpId: f.id,
        ...(f.caseId ? { caseId: f.caseId } : {}),
        priority: 'high',
      },
    }));
}

function casesOffTrack(facts: SuggestionFacts): Ranked[] {
  return facts.openCases.flatMap((c) => {
    const alert = c.clockAlert;
    if (!alert) return [];
    const due = alert.dueAt ? `, due ${alert.dueAt.slice(0, 16).replace('T', ' ')} UTC` : '';
    return [
      {
        // Breached clocks were due in the past, so they sort ahead of those at risk.
        urgentFrom: alert.dueAt ?? facts.now.toISOString(),
        action: {
          key: 'act_on_sla',
          title: `Act on ${c.reference}`,
          reason: `${capitalised(words(alert.timer))} clock is ${words(alert.state)}${due}`,
          caseId: c.id,
          priority: 'high',
        },
      },
    ];
  });
}

function missingEvidence(facts: SuggestionFacts): Ranked[] {
  const dueOf = new Map(facts.openCases.map((c) => [c.id, c.slaDueAt]));
  return facts.missingEvidence.map((m) => ({
    urgentFrom: dueOf.get(m.caseId) ?? '9999',
    action: {
      key: 'collect_evidence',
      title: `Collect ${m.label} for ${m.caseReference}`,
      reason: `${m.label} is required before ${m.caseReference} can be resolved`,
      caseId: m.caseId,
      priority: 'medium',
    },
  }));
}

function staleCases(facts: SuggestionFacts): Ranked[] {
  return facts.openCases.flatMap((c) => {
    const days = wholeDaysSince(c.stageEnteredAt, facts.now);
    if (days < staleCaseDays) return [];
    return [
      {
        urgentFrom: c.stageEnteredAt,
        action: {
          key: 'move_stale_case',
          title: `Move ${c.reference} forward`,
          reason: `No stage change for ${plural(days, 'day')}: ${words(c.stage)} since ${c.stageEnteredAt.slice(0, 10)}`,
          caseId: c.id,
          priority: 'medium',
        },
      },
    ];
  });
}

function reviewDue(facts: SuggestionFacts): Ranked[] {
  const date = facts.nextReviewDate;
  if (!date) return [];
  const days = daysBetween(facts.today, date);
  if (days > reviewWindowDays) return [];
  let reason = `Review due ${date}, in ${plural(days, 'day')}`;
  if (days === 0) reason = `Review due today (${date})`;
  if (days < 0) reason = `Review was due ${date}, ${plural(-days, 'day')} ago`;
  return [
    {
      urgentFrom: `${date}T00:00:00.000Z`,
      action: {
        key: 'prepare_review',
        title: days < 0 ? 'Hold the overdue client review' : 'Prepare the client review',
        reason,
        priority: days < 0 ? 'medium' : 'low',
      },
    },
  ];
}

function waitingApprovals(facts: SuggestionFacts): Ranked[] {
  return facts.pendingApprovals.flatMap((a) => {
    const waitedMs = facts.now.getTime() - Date.parse(a.requestedAt);
    if (waitedMs <= approvalChaseDays * dayMs) return [];
    return [
      {
        urgentFrom: a.requestedAt,
        action: {
          key: 'chase_approval',
          title: `Chase the ${words(a.kind)} approval on ${a.caseReference}`,
          reason: `Waiting for a decision for ${plural(Math.floor(waitedMs / dayMs), 'day')}, since ${a.requestedAt.slice(0, 10)}`,
          caseId: a.caseId,
          priority: 'medium',
        },
      },
    ];
  });
}

function compare(a: Ranked, b: Ranked): number {
  return (
    priorityRank[a.action.priority] - priorityRank[b.action.priority] ||
    Date.parse(a.urgentFrom) - Date.parse(b.urgentFrom) ||
    a.urgentFrom.localeCompare(b.urgentFrom) ||
    ruleOrder.indexOf(a.action.key) - ruleOrder.indexOf(b.action.key)
  );
}

/** Every suggestion the rules make for these facts, by priority and then by urgency. */
export function suggestActions(facts: SuggestionFacts): SuggestedAction[] {
  const ranked = [
    ...casesOffTrack(facts),
    ...overdueFollowUps(facts),
    ...waitingApprovals(facts),
    ...missingEvidence(facts),
    ...staleCases(facts),
    ...reviewDue(facts),
  ];
  // Array sort is stable, so equal suggestions keep the order the rules gave them.
  return ranked.sort(compare).map((r) => r.action);
}
