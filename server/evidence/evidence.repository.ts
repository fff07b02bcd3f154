import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** Evidence on a case that has not been removed, oldest first. */
export function listActiveEvidence(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('evidence_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('removed_at', 'is', null)
    .orderBy('added_at')
    .execute();
}
