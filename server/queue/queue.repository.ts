import type { Kysely } from 'kysely';
import type { CaseSearchQuery } from '../../shared/cases/case.schema';
import { finishedStages } from '../../shared/cases/lifecycle';
import { visibleCaseIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';

/** Counts the open cases the viewer may see that match a stage or SLA-state filter. */
export async function countOpenCases(
  db: Kysely<Database>,
  viewer: Viewer,
  filter: Pick<CaseSearchQuery, 'stage' | 'slaState'>,
): Promise<number> {
  let q = db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
    .where('cases.id', 'in', visibleCaseIds(db, viewer))
    .where('cases.stage', 'not in', [...finishedStages]);
  if (filter.stage) q = q.where('cases.stage', 'in', filter.stage);
  if (filter.slaState) q = q.where('cases.sla_state', 'in', filter.slaState);
  const row = await q.executeTakeFirst();
  return Number(row?.count ?? 0);
}
