import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { CaseIntakeTable, IntakeAnalysisTable } from './intake.table';

export function insertAnalysis(
  db: Kysely<Database>,
  row: Insertable<IntakeAnalysisTable>,
): Promise<unknown> {
  return db.insertInto('intake_analyses').values(row).execute();
}

/** An analysis only its own author may use. */
export function findAnalysisOfUser(db: Kysely<Database>, id: string, userId: string) {
  return db
    .selectFrom('intake_analyses')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function findAnalysisById(db: Kysely<Database>, id: string) {
  return db.selectFrom('intake_analyses').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCaseIntakeByAnalysis(db: Kysely<Database>, analysisId: string) {
  return db
    .selectFrom('case_intake')
    .select('case_id')
    .where('analysis_id', '=', analysisId)
    .executeTakeFirst();
}

/** Inserts the record unless the analysis is already on a case; answers whether it did. */
export async function insertCaseIntake(
  db: Kysely<Database>,
  row: Insertable<CaseIntakeTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('case_intake')
    .values(row)
    .onConflict((oc) => oc.column('analysis_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The case's intake record joined with the analysis's prompt, output and time. */
export function findCaseIntake(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom('case_intake')
    .innerJoin('intake_analyses', 'intake_analyses.id', 'case_intake.analysis_id')
    .selectAll('case_intake')
    .select([
      'intake_analyses.analyzed_at',
      'intake_analyses.prompt',
      'intake_analyses.output',
      'intake_analyses.fallback_reason',
    ])
    .where('case_intake.case_id', '=', caseId)
    .executeTakeFirst();
}
