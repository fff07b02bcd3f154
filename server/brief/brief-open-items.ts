import type { Kysely } from 'kysely';
import type {
  MissingEvidenceItem,
  OpenCaseItem,
  OpenFollowUpItem,
  OpenItems,
  PendingApprovalItem,
} from '../../shared/clients/brief.schema';
import type { CaseType } from '../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../shared/cases/case-types';
import type { Role } from '../../shared/users/user.schema';
import { listCasesByIds, listOpenCasesOfClient, type CaseRow } from '../cases/case.repository';
import { caseReference } from '../cases/case.service';
import type { Database } from '../db/database';
import { listFollowUps } from '../follow-ups/follow-up.repository';
import { toFollowUp } from '../follow-ups/follow-up.service';
import { nextDueAt } from '../sla/case-clocks';
import { clocksFromHistory } from '../sla/case-clocks';
import { clockNeedingAction } from './brief-clocks';
import {
  listPendingApprovalsOfCases,
  listSatisfiedChecklistKeys,
  listStageChangesOfCases,
  type StageChangeFact,
} from './brief.repository';
import type { SuggestionFacts } from './suggested-actions';

// Enough for any real client; a brief is a summary, not a work queue.
const followUpLimit = 50;

function groupByCase<T extends { case_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.case_id, [...(groups.get(row.case_id) ?? []), row]);
  return groups;
}

/** Open cases with their clocks as they stand now, from one stage-history query for all. */
async function openCasesWithClocks(db: Kysely<Database>, rows: readonly CaseRow[], now: Date) {
  const changes = groupByCase<StageChangeFact>(
    await listStageChangesOfCases(
      db,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((row) => {
    const clocks = clocksFromHistory(row, changes.get(row.id) ?? [], now);
    const item: OpenCaseItem = {
      id: row.id,
      reference: caseReference(row.number),
      title: row.title,
      type: row.type as CaseType,
      stage: row.stage as OpenCaseItem['stage'],
      priority: row.priority as OpenCaseItem['priority'],
      ownerName: row.owner_name,
      stageEnteredAt: row.stage_entered_at,
      slaState: clocks.worstState,
      slaDueAt: nextDueAt(clocks),
    };
    return { item, clockAlert: clockNeedingAction(clocks) };
  });
}

/** Required checklist items that no active evidence meets, on each open case. */
async function missingEvidenceOf(
  db: Kysely<Database>,
  rows: readonly CaseRow[],
): Promise<MissingEvidenceItem[]> {
  const satisfied = new Set(
    (
      await listSatisfiedChecklistKeys(
        db,
        rows.map((r) => r.id),
      )
    ).map((r) => `${r.case_id}\n${r.checklist_key}`),
  );
  return rows.flatMap((row) =>
    caseTypeDefinition(row.type as CaseType)
      .evidence.filter((e) => e.required && !satisfied.has(`${row.id}\n${e.key}`))
      .map((e) => ({
        caseId: row.id,
        caseReference: caseReference(row.number),
        key: e.key,
        label: e.label,
      })),
  );
}

/** Open follow-ups, overdue first, each with its case's reference when it has a case. */
async function openFollowUpsOf(
  db: Kysely<Database>,
  clientId: string,
  today: string,
  knownReferences: ReadonlyMap<string, string>,
): Promise<OpenFollowUpItem[]> {
  const rows = await listFollowUps(db, { clientId, status: 'open', today, limit: followUpLimit });
  const unknown = [
    ...new Set(
      rows.flatMap((r) => (r.case_id && !knownReferences.has(r.case_id) ? [r.case_id] : [])),
    ),
  ];
  const references = new Map(knownReferences);
  for (const row of await listCasesByIds(db, unknown)) {
    references.set(row.id, caseReference(row.number));
  }
  return rows.map((row) => {
    const f = toFollowUp(row, today);
    return {
      id: f.id,
      title: f.title,
      dueDate: f.dueDate,
      overdue: f.overdue,
      dueInDays: f.dueInDays,
      ownerName: f.ownerName,
      caseId: f.caseId,
      caseReference: f.caseId ? (references.get(f.caseId) ?? null) : null,
    };
  });
}

async function pendingApprovalsOf(
  db: Kysely<Database>,
  rows: readonly CaseRow[],
  now: Date,
): Promise<PendingApprovalItem[]> {
  const approvals = await listPendingApprovalsOfCases(
    db,
    rows.map((r) => r.id),
    now.toISOString(),
  );
  return approvals.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    caseReference: caseReference(row.case_number),
    kind: row.kind,
    approverRole: row.approver_role as Role,
    amount: row.amount,
    currency: row.currency,
    requestedAt: row.requested_at,
    requestedByName: row.requested_by_name,
    expiresAt: row.expires_at,
  }));
}

/** What is open for the client, and the per-case facts the suggestion rules read. */
export async function loadOpenItems(
  db: Kysely<Database>,
  clientId: string,
  now: Date,
  today: string,
): Promise<{ openItems: OpenItems; caseFacts: SuggestionFacts['openCases'] }> {
  const rows = await listOpenCasesOfClient(db, clientId);
  const references = new Map(rows.map((r) => [r.id, caseReference(r.number)]));
  const [cases, missingEvidence, followUps, approvals] = await Promise.all([
    openCasesWithClocks(db, rows, now),
    missingEvidenceOf(db, rows),
    openFollowUpsOf(db, clientId, today, references),
    pendingApprovalsOf(db, rows, now),
  ]);
  return {
    openItems: { cases: cases.map((c) => c.item), followUps, approvals, missingEvidence },
    caseFacts: cases.map(({ item, clockAlert }) => ({
      id: item.id,
      reference: item.reference,
      stage: item.stage,
      stageEnteredAt: item.stageEnteredAt,
      slaDueAt: item.slaDueAt,
      clockAlert,
    })),
  };
}
