import type { Kysely } from 'kysely';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { listOpenCaseIds } from '../escalations/escalation.repository';
import { refreshSlaSnapshot } from './case-clocks';

/** Recomputes every open case's stored SLA state, so time passing moves cases into at risk and breached. */
export async function refreshOpenCaseSlas(db: Kysely<Database>, now: Date): Promise<number> {
  const open = await listOpenCaseIds(db);
  for (const { id } of open) {
    const row = await findCaseById(db, id);
    if (row) await refreshSlaSnapshot(db, row, now);
  }
  return open.length;
}
