import type { Kysely } from 'kysely';
import { mayDo } from '../../shared/authz/permissions';
import type { Database } from '../db/database';
import { canSeeCase, canSeeClient, relationshipClientIds, type Viewer } from './visibility';

/** What the `:id` in a route's path names, for the object-level check. */
export type ObjectKind =
  | 'case'
  | 'client'
  | 'relationship'
  | 'evidence'
  | 'approval'
  | 'follow_up'
  | 'interaction'
  | 'escalation';

async function caseOf(
  db: Kysely<Database>,
  table: 'evidence_items' | 'approvals' | 'escalations',
  id: string,
): Promise<string | undefined> {
  const row = await db.selectFrom(table).select('case_id').where('id', '=', id).executeTakeFirst();
  return row?.case_id;
}

async function canSeeRelationship(db: Kysely<Database>, viewer: Viewer, clientId: string) {
  return (
    (await relationshipClientIds(db, viewer)
      .where('clients.id', '=', clientId)
      .executeTakeFirst()) !== undefined
  );
}

/** Whether the viewer may see the object a route names; callers answer 404 when not. */
export async function canAccess(
  db: Kysely<Database>,
  viewer: Viewer,
  kind: ObjectKind,
  id: string,
): Promise<boolean> {
  switch (kind) {
    case 'case':
      return canSeeCase(db, viewer, id);
    case 'client':
      return canSeeClient(db, viewer, id);
    case 'relationship':
      return canSeeRelationship(db, viewer, id);
    case 'evidence':
    case 'approval':
    case 'escalation': {
      const table =
        kind === 'evidence' ? 'evidence_items' : kind === 'approval' ? 'approvals' : 'escalations';
      const caseId = await caseOf(db, table, id);
      return caseId !== undefined && canSeeCase(db, viewer, caseId);
    }
    case 'follow_up': {
      const row = await db
        .selectFrom('follow_ups')
        .select(['case_id', 'client_id', 'owner_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return false;
      if (row.owner_id === viewer.id) return true;
      return row.case_id
        ? canSeeCase(db, viewer, row.case_id)
        : canSeeRelationship(db, viewer, row.client_id);
    }
    case 'interaction': {
      const row = await db
        .selectFrom('interactions')
        .select(['client_id', 'sensitive'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return false;
      // A record flagged sensitive is opened by its reviewers as well as its relationship team.
      if (row.sensitive === 1 && mayDo(viewer.roles, 'interaction.read_sensitive')) return true;
      return canSeeRelationship(db, viewer, row.client_id);
    }
  }
}
