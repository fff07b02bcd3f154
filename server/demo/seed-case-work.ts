import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { caseTypeDefinition, type ApprovalRule } from '../../shared/cases/case-types';
import type { Role } from '../../shared/users/user.schema';
import { systemActorId } from '../approvals/approval-expiry.service';
import { insertApproval } from '../approvals/approval.repository';
import { appendAudit, caseStream, createdFields, diffFields } from '../audit/audit.service';
import type { Database } from '../db/database';
import { insertEvidenceItem } from '../evidence/evidence.repository';
import { auditedFields, storeSystemReference } from '../evidence/evidence.service';
import type { EvidenceItemTable } from '../evidence/evidence.table';
import type { DemoCase } from './demo-data.types';
import type { DemoApproval, DemoEvidence, DemoWhen } from './demo-work.types';
import { demoActor, type TimedWrite } from './seed-writes';

// Evidence and approvals of one demo case, written as evidence-add.service.ts and
// approval.service.ts write them: the same rows and the same audit events.

/** Where the case's times come from: its queue calendar, counted back from now. */
export type CaseClock = {
  at: (when: DemoWhen) => Date;
  expiry: (e: DemoApproval['expires']) => Date | null;
};

type NewEvidence = Omit<EvidenceItemTable, 'id' | 'case_id' | 'added_by' | 'added_at' | 'version'>;

function evidenceRow(item: DemoEvidence, emailLinkId: string | null): NewEvidence {
  const row: NewEvidence = {
    kind: item.kind,
    title: item.title,
    checklist_key: item.checklistKey ?? null,
    file_sha256: null,
    file_name: null,
    email_link_id: null,
    reference: null,
    note: null,
    removed_at: null,
    removed_by: null,
    removal_reason: null,
  };
  switch (item.kind) {
    case 'note':
      return { ...row, note: item.text };
    case 'system_reference':
      return { ...row, reference: storeSystemReference(item.system, item.reference) };
    case 'email':
      if (!emailLinkId) throw new Error(`Email evidence "${item.title}" needs the case's email`);
      return { ...row, email_link_id: emailLinkId };
  }
}

export function evidenceWrites(
  trx: Kysely<Database>,
  seedCase: DemoCase,
  clock: CaseClock,
  emailLinkId: string | null,
): TimedWrite[] {
  return (seedCase.evidence ?? []).map((item) => {
    const at = clock.at(item);
    return {
      at,
      write: async () => {
        const id = randomUUID();
        const row = evidenceRow(item, emailLinkId);
        await insertEvidenceItem(trx, {
          ...row,
          id,
          case_id: seedCase.id,
          added_by: item.by,
          added_at: at.toISOString(),
          version: 1,
        });
        await appendAudit(trx, demoActor(item.by), {
          stream: caseStream(seedCase.id),
          caseId: seedCase.id,
          action: 'evidence.added',
          entityType: 'evidence',
          entityId: id,
          changes: createdFields(auditedFields(row)),
        });
      },
    };
  });
}

function ruleOf(seedCase: DemoCase, approval: DemoApproval): ApprovalRule {
  const rule = caseTypeDefinition(seedCase.type).approvals.find((r) => r.kind === approval.kind);
  if (!rule) throw new Error(`${seedCase.id}: no ${approval.kind} approval for its type`);
  return rule;
}

function approverRoleOf(rule: ApprovalRule, amount: string | undefined): Role {
  const higher = rule.escalateAbove;
  return higher && amount !== undefined && Number(amount) > higher.amount
    ? higher.approverRole
    : rule.approverRole;
}

/** The approval's closing: who, when and how, as the decision, withdrawal or expiry wrote it. */
function closingOf(approval: DemoApproval, clock: CaseClock, expiresAt: string | null) {
  const { outcome } = approval;
  switch (outcome.status) {
    case 'pending':
      return null;
    case 'approved':
    case 'rejected':
      return {
        status: outcome.status,
        by: outcome.by,
        at: clock.at(outcome.at),
        note: outcome.note ?? null,
      };
    case 'withdrawn':
      return { status: outcome.status, by: null, at: clock.at(outcome.at), note: null };
    case 'expired':
      if (!expiresAt) throw new Error(`Approval ${approval.id} cannot expire without an expiry`);
      return { status: outcome.status, by: null, at: new Date(expiresAt), note: null };
  }
}

type Closing = NonNullable<ReturnType<typeof closingOf>>;

function approvalRow(seedCase: DemoCase, approval: DemoApproval, clock: CaseClock) {
  const rule = ruleOf(seedCase, approval);
  const expiresAt = clock.expiry(approval.expires)?.toISOString() ?? null;
  const closing = closingOf(approval, clock, expiresAt);
  const row = {
    id: approval.id,
    case_id: seedCase.id,
    kind: rule.kind,
    amount: approval.amount ?? null,
    currency: approval.currency ?? null,
    policy_reference: approval.policyReference,
    rationale: approval.rationale,
    approver_role: approverRoleOf(rule, approval.amount),
    expires_at: expiresAt,
    status: approval.outcome.status,
    requested_by: approval.requestedBy,
    requested_at: clock.at(approval.requested).toISOString(),
    decided_by: closing?.by ?? null,
    decided_at: closing?.at.toISOString() ?? null,
    decision_note: closing?.note ?? null,
    version: closing ? 2 : 1,
  };
  return { row, closing };
}

type ApprovalRow = ReturnType<typeof approvalRow>['row'];

async function writeRequest(trx: Kysely<Database>, row: ApprovalRow): Promise<void> {
  // The row goes in as it ends up; the audit trail tells how it got there.
  await insertApproval(trx, row);
  await appendAudit(trx, demoActor(row.requested_by), {
    stream: caseStream(row.case_id),
    caseId: row.case_id,
    action: 'approval.requested',
    entityType: 'approval',
    entityId: row.id,
    changes: createdFields({
      kind: row.kind,
      amount: row.amount,
      currency: row.currency,
      policyReference: row.policy_reference,
      rationale: row.rationale,
      approverRole: row.approver_role,
      expiresAt: row.expires_at,
      status: 'pending',
    }),
  });
}

function writeClosing(trx: Kysely<Database>, row: ApprovalRow, closing: Closing): Promise<void> {
  const event = { stream: caseStream(row.case_id), caseId: row.case_id, entityId: row.id };
  const decidedAt = closing.at.toISOString();
  if (closing.status === 'expired') {
    const expiresAt = row.expires_at;
    return appendAudit(trx, demoActor(systemActorId), {
      ...event,
      action: 'approval.expired',
      entityType: 'approval',
      changes: diffFields(
        { status: 'pending', decidedAt: null, expiresAt },
        { status: 'expired', decidedAt, expiresAt },
      ),
    });
  }
  // A withdrawal is the requester's own act; a decision is the approver's.
  return appendAudit(trx, demoActor(closing.by ?? row.requested_by), {
    ...event,
    action: closing.status === 'withdrawn' ? 'approval.withdrawn' : 'approval.decided',
    entityType: 'approval',
    changes: diffFields(
      { status: 'pending', decidedBy: null, decidedAt: null, decisionNote: null },
      { status: closing.status, decidedBy: closing.by, decidedAt, decisionNote: closing.note },
    ),
  });
}

/** Each approval's request and, if it has ended, its decision, withdrawal or expiry. */
export function approvalWrites(
  trx: Kysely<Database>,
  seedCase: DemoCase,
  clock: CaseClock,
): TimedWrite[] {
  return (seedCase.approvals ?? []).flatMap((approval) => {
    const { row, closing } = approvalRow(seedCase, approval, clock);
    const requested = { at: new Date(row.requested_at), write: () => writeRequest(trx, row) };
    if (!closing) return [requested];
    return [requested, { at: closing.at, write: () => writeClosing(trx, row, closing) }];
  });
}
