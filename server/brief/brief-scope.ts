import type { Kysely } from 'kysely';
import type { OpenItems, RecentActivity, WatchItems } from '../../shared/clients/brief.schema';
import { relationshipClientIds, visibleCaseIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';

/** What of a client's work a viewer may see in the brief. */
export type BriefScope = {
  /** This client's cases the viewer may see. */
  caseIds: ReadonlySet<string>;
  /** Whether the viewer may see relationship work: meetings and client follow-ups. */
  relationship: boolean;
};

export async function briefScope(
  db: Kysely<Database>,
  viewer: Viewer,
  clientId: string,
): Promise<BriefScope> {
  const [cases, relationship] = await Promise.all([
    visibleCaseIds(db, viewer).where('cases.client_id', '=', clientId).execute(),
    relationshipClientIds(db, viewer).where('clients.id', '=', clientId).executeTakeFirst(),
  ]);
  return { caseIds: new Set(cases.map((c) => c.id)), relationship: relationship !== undefined };
}

const caseVisible = (
  scope: BriefScope,
  caseId: string | null | undefined,
  relationshipWork: boolean,
) => (caseId ? scope.caseIds.has(caseId) : relationshipWork && scope.relationship);

/** Open items limited to what the viewer may see. */
export function scopeOpenItems(items: OpenItems, scope: BriefScope): OpenItems {
  return {
    cases: items.cases.filter((c) => scope.caseIds.has(c.id)),
    followUps: items.followUps.filter((f) => caseVisible(scope, f.caseId, true)),
    approvals: items.approvals.filter((a) => scope.caseIds.has(a.caseId)),
    missingEvidence: items.missingEvidence.filter((m) => scope.caseIds.has(m.caseId)),
  };
}

/** Recent activity limited to the viewer's cases, and meetings to the relationship team. */
export function scopeActivity(activity: RecentActivity, scope: BriefScope): RecentActivity {
  return {
    items: activity.items.filter((item) =>
      item.kind === 'interaction' ? scope.relationship : caseVisible(scope, item.caseId, false),
    ),
  };
}

/** Watch items keep the client-level facts; escalations only on cases the viewer may see. */
export function scopeWatchItems(watch: WatchItems, scope: BriefScope): WatchItems {
  return {
    ...watch,
    openEscalations: watch.openEscalations.filter((e) => scope.caseIds.has(e.caseId)),
  };
}
