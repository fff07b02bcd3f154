import type { FieldChange } from '../../shared/audit/audit.schema';

function after(changes: FieldChange[], field: string): string {
  const value = changes.find((c) => c.field === field)?.after;
  return value === null || value === undefined ? '' : String(value);
}

function before(changes: FieldChange[], field: string): string {
  const value = changes.find((c) => c.field === field)?.before;
  return value === null || value === undefined ? '' : String(value);
}

const describers: Record<string, (c: FieldChange[]) => string> = {
  'case.created': (c) => `created the case "${after(c, 'title')}"`,
  'case.updated': (c) => `changed ${c.map((x) => x.field).join(', ')}`,
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
  'follow_up.created': (c) => `created the follow-up "${after(c, 'title')}"`,
  'follow_up.updated': (c) => `updated a follow-up (${c.map((x) => x.field).join(', ')})`,
  'interaction.recorded': (c) => `recorded a ${after(c, 'kind')}: "${after(c, 'purpose')}"`,
  'approval.requested': (c) => `requested approval: ${after(c, 'kind')}`,
  'approval.decided': (c) =>
    `${after(c, 'status')} the approval${after(c, 'decisionNote') ? `: ${after(c, 'decisionNote')}` : ''}`,
  'approval.withdrawn': () => 'withdrew the approval request',
  'approval.expired': () => 'approval expired',
  'escalation.raised': (c) => `escalation raised: ${after(c, 'reason')}`,
  'escalation.resolved': (c) => `resolved the escalation: ${after(c, 'decisionNote')}`,
};

/** One readable sentence for an audit event, led by who did it. */
export function describeEvent(actorName: string, action: string, changes: FieldChange[]): string {
  const describe = describers[action];
  return `${actorName} ${describe ? describe(changes) : action.replace(/[._]/g, ' ')}`;
}
