// Which queues each team works, and whose work a team's managers oversee.
// Kept in code for now; a bank changes it here and redeploys.

export type TeamDefinition = {
  label: string;
  /** Queues whose cases the team's service agents and managers see. */
  queues: readonly string[];
  /** Other teams whose work this team's managers also see. */
  oversees: readonly string[];
};

export const teams: Readonly<Record<string, TeamDefinition>> = {
  'service-ops': {
    label: 'Service operations',
    queues: ['service-ops', 'complaints', 'kyc-documents', 'approvals'],
    oversees: ['payments-ops'],
  },
  'payments-ops': { label: 'Payments operations', queues: ['payments-ops'], oversees: [] },
  'private-banking': { label: 'Private banking', queues: [], oversees: [] },
  commercial: { label: 'Commercial banking', queues: [], oversees: [] },
  audit: { label: 'Internal audit', queues: [], oversees: [] },
  platform: { label: 'Platform', queues: [], oversees: [] },
};

/** The queues a team works. */
export function queuesOfTeam(team: string | null): readonly string[] {
  return (team && teams[team]?.queues) || [];
}

/** The team itself and the teams it oversees, for a manager's view. */
export function teamsManagedBy(team: string | null): readonly string[] {
  if (!team) return [];
  return [team, ...(teams[team]?.oversees ?? [])];
}
