import type { Stage } from '../../shared/cases/case.schema';
import type { InteractionKind, Participant } from '../../shared/interactions/interaction.schema';

// Shapes of what happened to the demo cases and clients before the demo starts. Times
// are relative to the moment the seed runs, so the SLA clocks always show live states.

/**
 * When something happened, counted back from now in the working time of the case queue's
 * calendar (service-ops hours for client records). Working time, not wall-clock time, so a
 * case shows the same SLA state whether the demo starts on a Monday morning or a Sunday.
 * A business day is one whole working day of that calendar (8.5 hours, 10 for payments-ops).
 */
export type DemoWhen =
  | {
      businessDaysAgo: number;
      /** Working hours after that point, to place events within a day. */
      hoursLater?: number;
    }
  | { businessHoursAgo: number };

/** One move of a case from the stage it was in to `stage`. */
export type DemoStep = DemoWhen & {
  stage: Stage;
  actor: string;
  /** Required for waiting stages and reopening, as the transition route requires it. */
  reason?: string;
  /** For waiting_internal: the team or person waited on. */
  waitingOn?: string;
};

/** What the handler recorded on resolving or closing: it must pass the closure gate. */
export type DemoClosure = {
  reason: string;
  summary: string;
  rootCause?: string;
  customerResponse?: string;
};

/** Evidence added to a case: a note, a reference in another system, or the case's own email. */
export type DemoEvidence = DemoWhen & {
  by: string;
  title: string;
  checklistKey?: string;
} & (
    | { kind: 'note'; text: string }
    | { kind: 'system_reference'; system: string; reference: string }
    | { kind: 'email' }
  );

/** How a maker-checker approval ended, if it has. */
export type DemoApprovalOutcome =
  | { status: 'pending' }
  | { status: 'approved' | 'rejected'; by: string; at: DemoWhen; note?: string }
  | { status: 'withdrawn'; at: DemoWhen }
  /** Lapsed at its expiry while still pending; the expiry job records it. */
  | { status: 'expired' };

export type DemoApproval = {
  id: string;
  kind: string;
  amount?: string;
  currency?: string;
  policyReference: string;
  rationale: string;
  requestedBy: string;
  requested: DemoWhen;
  /** A date still ahead (`daysFromNow`), or one already passed. */
  expires?: { daysFromNow: number } | DemoWhen;
  outcome: DemoApprovalOutcome;
};

/** A promise to do something for a client, perhaps for one of its cases. */
export type DemoFollowUp = {
  id: string;
  clientId: string;
  caseId?: string;
  title: string;
  ownerId: string;
  createdBy: string;
  created: DemoWhen;
  /** London calendar days from today; negative is in the past. */
  dueInDays: number;
  closeCondition?: string;
  status: 'open' | 'done' | 'cancelled';
  /** When it was marked done or cancelled. */
  completed?: DemoWhen;
};

/** A promise made in an interaction; it becomes a follow-up made by the recorder. */
export type DemoPromise = Omit<DemoFollowUp, 'clientId' | 'caseId' | 'createdBy' | 'created'>;

export type DemoInteraction = {
  id: string;
  clientId: string;
  kind: InteractionKind;
  occurred: DemoWhen;
  purpose: string;
  notes: string;
  participants: Participant[];
  asks: string[];
  decisions: string[];
  sensitive: boolean;
  /** The Outlook item (a demo mailbox item) it was recorded from. */
  sourceItemId?: string;
  recordedBy: string;
  promises: DemoPromise[];
};

/** What the bank watches for on a client: vulnerability, restrictions, the next review. */
export type DemoClientWatch = {
  clientId: string;
  vulnerabilityNote?: string;
  restrictions?: string[];
  /** London calendar days from today. */
  nextReviewInDays?: number;
};
