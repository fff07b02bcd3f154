import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

export function listApprovalsOfCase(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('approvals')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('requested_at')
    .execute();
}
