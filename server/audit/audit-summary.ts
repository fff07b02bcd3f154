import type { FieldChange } from '../../shared/audit/audit.schema';

function after(changes: FieldChange[], field: string): string {
  const value = changes.find((c) => c.field === field)?.after;
  return value === null || value === undefined ? '' : String(value);
}

function before(changes: FieldChange[], field: string): string {
  const value = changes.find((c) => c.field === field)?.before;
  return value === null || value === undefined ? '' : String(value);
}

/** A long text cut to a sentence's worth, so one event stays one line of the timeline. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

const describers: Record<string, (c: FieldChange[], actorName: string) => string> = {
  'case.created': (c) => `created the case "${after(c, 'title')}"`,
  'case.intake_recorded': (c) =>
    `made the case from an intake suggestion (${after(c, 'provider')}): suggested ${after(c, 'suggestedType')} (${Number(after(c, 'suggestedConfidence')).toFixed(2)}), ${after(c, 'suggestedPriority')} · chose ${after(c, 'chosenType')}, ${after(c, 'chosenPriority')}`,
  'case.updated': (c, actorName) => {
    const parts: string[] = [];
    if (c.some((x) => x.field === 'ownerId')) {
      const to = after(c, 'ownerName') || after(c, 'ownerId');
      if (!to) parts.push('left the case unassigned');
      else parts.push(to === actorName ? 'took the case' : `assigned the case to ${to}`);
    }
    const rest = c.filter((x) => x.field !== 'ownerId' && x.field !== 'ownerName');
    if (rest.length > 0) parts.push(`changed ${rest.map((x) => x.field).join(', ')}`);
    return parts.join(' and ');
  },
  'case.stage_changed': (c) => {
    const reason = after(c, 'reason');
    return `moved the case from ${before(c, 'stage')} to ${after(c, 'stage')}${reason ? `: ${reason}` : ''}`;
  },
  'case.reopened': (c) => `reopened the case${after(c, 'reason') ? `: ${after(c, 'reason')}` : ''}`,
  'email.linked': (c) => `linked the email "${after(c, 'subject')}"`,
  'email.unlinked': (c) =>
    `unlinked the email "${before(c, 'subject')}": ${after(c, 'unlinkReason')}`,
  'evidence.added': (c) => `added evidence "${after(c, 'title')}"`,
  'evidence.updated': (c) => `changed evidence (${c.map((x) => x.field).join(', ')})`,
  'evidence.removed': (c) =>
    `removed evidence "${before(c, 'title')}": ${after(c, 'removalReason')}`,
  'note.added': (c) => `added a note: "${clip(after(c, 'body'), 200)}"`,
  'follow_up.created': (c) => `created the follow-up "${after(c, 'title')}"`,
  'follow_up.updated': (c) => {
    if (after(c, 'status') === 'done') return 'marked a follow-up done';
    if (after(c, 'status') === 'cancelled')
      return `cancelled a follow-up${after(c, 'note') ? `: ${after(c, 'note')}` : ''}`;
    return `updated a follow-up (${c.map((x) => x.field).join(', ')})`;
  },
  'interaction.recorded': (c) => `recorded a ${after(c, 'kind')}: "${after(c, 'purpose')}"`,
  'approval.requested': (c) => `requested approval: ${after(c, 'kind')}`,
  'approval.decided': (c) =>
    `${after(c, 'status')} the approval${after(c, 'decisionNote') ? `: ${after(c, 'decisionNote')}` : ''}`,
  'approval.withdrawn': () => 'withdrew the approval request',
  'approval.expired': () => 'approval expired',
  'escalation.raised': (c) => `escalation raised: ${after(c, 'reason')}`,
  'draft.prepared': (c) =>
    `prepared a reply draft (${after(c, 'purpose').replace(/_/g, ' ')}); not sent`,
  'escalation.resolved': (c) => `resolved the escalation: ${after(c, 'decisionNote')}`,
};

/** One readable sentence for an audit event, led by who did it. */
export function describeEvent(actorName: string, action: string, changes: FieldChange[]): string {
  const describe = describers[action];
  return `${actorName} ${describe ? describe(changes, actorName) : action.replace(/[._]/g, ' ')}`;
}
