import type { EscalationRule } from '../../shared/cases/case-types';
import type { CaseClocks } from '../../shared/sla/timers';

/** What the rules look at for one open case. */
export type EscalationFacts = {
  clocks: CaseClocks;
  materialImpact: boolean;
  clientVulnerable: boolean;
  clientRiskRating: string;
  stage: string;
  waitingOn: string | null;
  /** Cases of the same type for the same client opened within each rule's window, this one included. */
  similarCasesWithin: (days: number) => number;
};

/** The rule's reason to fire for this case, or null when it should not. */
export function firingReason(rule: EscalationRule, facts: EscalationFacts): string | null {
  const trigger = rule.trigger;
  switch (trigger.kind) {
    case 'clock_at_risk': {
      const timer = facts.clocks.timers.find((t) => t.timer === trigger.timer);
      if (!timer || timer.state === 'on_track' || (!timer.running && !timer.paused)) return null;
      return `${trigger.timer.replace('_', ' ')} clock is ${timer.state.replace('_', ' ')} (${timer.elapsedMinutes} of ${timer.targetMinutes} minutes used)`;
    }
    case 'material_impact': {
      const why = [
        facts.materialImpact && 'money movement or loss of access',
        facts.clientVulnerable && 'a vulnerable customer',
        facts.clientRiskRating === 'high' && 'a high-risk customer',
      ].filter(Boolean);
      return why.length > 0 ? `Material impact: ${why.join(', ')}` : null;
    }
    case 'blocked_too_long': {
      if (facts.stage !== 'waiting_internal') return null;
      const wait = facts.clocks.timers.find((t) => t.timer === 'waiting_internal');
      if (!wait || wait.elapsedMinutes < trigger.minutes) return null;
      return `Waiting on ${facts.waitingOn ?? 'another team'} for ${wait.elapsedMinutes} business minutes`;
    }
    case 'repeat_issue': {
      const count = facts.similarCasesWithin(trigger.withinDays);
      return count >= trigger.count
        ? `${count} cases of this type for this client in ${trigger.withinDays} days`
        : null;
    }
  }
}
