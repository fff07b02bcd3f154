import type { Role } from '../users/user.schema';

/** Everything a person can do in Caseline, by name. */
export const actions = [
  'client.lookup',
  'client.brief',
  'case.read',
  'case.create',
  'case.update',
  'case.transition',
  'case.link_email',
  'case.note',
  'evidence.add',
  'evidence.remove',
  'approval.request',
  'approval.decide',
  'queue.read',
  'follow_up.manage',
  'interaction.record',
  'interaction.read_sensitive',
  'escalation.resolve',
  'audit.read',
  'template.read',
  'template.edit',
  'case.draft',
  'user.manage',
] as const;
export type Action = (typeof actions)[number];

/**
 * Which role may do what: the one table the server enforces and docs/ renders.
 * Holding the action is necessary, never sufficient: each object is also checked
 * against who may see it, and approvals against maker-checker rules.
 */
export const permissions: Readonly<Record<Action, readonly Role[]>> = {
  'client.lookup': ['relationship_manager', 'service_agent', 'manager', 'auditor', 'admin'],
  'client.brief': ['relationship_manager', 'service_agent', 'manager', 'auditor'],
  'case.read': ['relationship_manager', 'service_agent', 'manager', 'auditor'],
  'case.create': ['relationship_manager', 'service_agent', 'manager'],
  'case.update': ['relationship_manager', 'service_agent', 'manager'],
  'case.transition': ['relationship_manager', 'service_agent', 'manager'],
  'case.link_email': ['relationship_manager', 'service_agent', 'manager'],
  'case.note': ['relationship_manager', 'service_agent', 'manager'],
  'evidence.add': ['relationship_manager', 'service_agent', 'manager'],
  'evidence.remove': ['service_agent', 'manager'],
  'approval.request': ['relationship_manager', 'service_agent', 'manager'],
  'approval.decide': ['manager'],
  // The open work of a team's queues: for the people who work or lead a queue.
  'queue.read': ['service_agent', 'manager'],
  'follow_up.manage': ['relationship_manager', 'service_agent', 'manager'],
  'interaction.record': ['relationship_manager', 'manager'],
  'interaction.read_sensitive': ['manager', 'auditor'],
  'escalation.resolve': ['manager'],
  'audit.read': ['relationship_manager', 'service_agent', 'manager', 'auditor'],
  'template.read': ['relationship_manager', 'service_agent', 'manager', 'auditor', 'admin'],
  'template.edit': ['admin'],
  'case.draft': ['relationship_manager', 'service_agent', 'manager'],
  'user.manage': ['admin'],
};

/** True when any of the roles grants the action. */
export function mayDo(roles: readonly Role[], action: Action): boolean {
  return roles.some((role) => permissions[action].includes(role));
}
