import type { Kysely } from 'kysely';
import type { CaseType, Priority } from '../../shared/cases/case.schema';
import type { CaseIntakeRecord } from '../../shared/intake/case-intake.schema';
import {
  IntakeAnalysisSchema,
  MissingItemSchema,
  type IntakeAnalysis,
} from '../../shared/intake/intake.schema';
import { appendAudit, caseStream, createdFields, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { DomainError, NotFoundError } from '../errors';
import {
  findAnalysisOfUser,
  findCaseIntake,
  findCaseIntakeByAnalysis,
  insertCaseIntake,
} from './intake.repository';
import type { IntakeAnalysisTable } from './intake.table';

const alreadyOnACase = () =>
  new DomainError('conflict', 'This intake analysis is already recorded on another case', {
    field: 'intake.analysisId',
  });

export type StoredAnalysis = { row: IntakeAnalysisTable; suggestion: IntakeAnalysis };

/**
 * The caller's own analysis, not yet used for a case. Someone else's answers 404 like a
 * missing one, so ids cannot be probed; one already on a case answers 409.
 */
export async function loadAnalysisForCase(
  db: Kysely<Database>,
  analysisId: string,
  userId: string,
): Promise<StoredAnalysis> {
  const row = await findAnalysisOfUser(db, analysisId, userId);
  if (!row) throw new NotFoundError('Intake analysis');
  if (await findCaseIntakeByAnalysis(db, analysisId)) throw alreadyOnACase();
  return { row, suggestion: IntakeAnalysisSchema.parse(JSON.parse(row.suggestion)) };
}

/** Keeps suggested vs chosen with a new case, and says so in its audit trail. Call inside the case's transaction. */
export async function recordCaseIntake(
  trx: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  stored: StoredAnalysis,
  chosen: { caseType: CaseType; priority: Priority },
): Promise<void> {
  const { row, suggestion } = stored;
  const confidence = suggestion.confidence[suggestion.caseType] ?? 0;
  const typeAccepted = suggestion.caseType === chosen.caseType;
  const priorityAccepted = suggestion.priority === chosen.priority;
  const at = actor.at ?? new Date().toISOString();
  // Two creates racing with one analysis: the loser's whole case rolls back with a 409.
  const inserted = await insertCaseIntake(trx, {
    case_id: caseId,
    analysis_id: row.id,
    provider: row.provider,
    model: row.model,
    suggested_type: suggestion.caseType,
    suggested_priority: suggestion.priority,
    suggested_confidence: confidence,
    suggested_missing: JSON.stringify(suggestion.missing),
    chosen_type: chosen.caseType,
    chosen_priority: chosen.priority,
    type_accepted: typeAccepted ? 1 : 0,
    priority_accepted: priorityAccepted ? 1 : 0,
    recorded_by: actor.userId,
    recorded_at: at,
  });
  if (!inserted) throw alreadyOnACase();
  await appendAudit(trx, actor, {
    stream: caseStream(caseId),
    caseId,
    action: 'case.intake_recorded',
    entityType: 'case_intake',
    entityId: row.id,
    changes: createdFields({
      provider: row.provider,
      model: row.model,
      suggestedType: suggestion.caseType,
      suggestedPriority: suggestion.priority,
      suggestedConfidence: confidence,
      chosenType: chosen.caseType,
      chosenPriority: chosen.priority,
      typeAccepted,
      priorityAccepted,
    }),
  });
}

const parseMissing = (json: string) => MissingItemSchema.array().catch([]).parse(JSON.parse(json));

/** What was suggested and chosen for a case, or null when it was made without intake assist. */
export async function getCaseIntake(
  db: Kysely<Database>,
  caseId: string,
): Promise<CaseIntakeRecord | null> {
  const row = await findCaseIntake(db, caseId);
  if (!row) return null;
  return {
    analysisId: row.analysis_id,
    provider: row.provider,
    model: row.model,
    analyzedAt: row.analyzed_at,
    suggested: {
      caseType: row.suggested_type as CaseIntakeRecord['suggested']['caseType'],
      priority: row.suggested_priority as Priority,
      confidence: Number(row.suggested_confidence),
      missing: parseMissing(row.suggested_missing),
    },
    chosen: { caseType: row.chosen_type as CaseType, priority: row.chosen_priority as Priority },
    accepted: { caseType: row.type_accepted === 1, priority: row.priority_accepted === 1 },
    fallbackReason: row.fallback_reason,
    prompt: row.prompt,
    output: row.output,
  };
}
