import type { ApprovalTable } from '../approvals/approval.table';
import type { AuditEventTable } from '../audit/audit.table';
import type { CaseTable, CounterTable, StageChangeTable } from '../cases/case.table';
import type { AccountTable, ClientTable, ContactTable } from '../clients/client.table';
import type { EmailLinkTable } from '../emails/email-link.table';
import type { DraftTemplateTable } from '../drafts/draft-template.table';
import type { EscalationTable } from '../escalations/escalation.table';
import type { EvidenceFileTable, EvidenceItemTable } from '../evidence/evidence.table';
import type { FollowUpTable } from '../follow-ups/follow-up.table';
import type { IdempotencyKeyTable } from '../http/idempotency.table';
import type { InteractionTable } from '../interactions/interaction.table';
import type { CaseIntakeTable, IntakeAnalysisTable } from '../intake/intake.table';
import type { CaseNoteTable } from '../notes/case-note.table';
import type { UserTable } from '../users/user.table';

/** Every table Kysely knows about, composed from each feature's table file. */
export type Database = {
  users: UserTable;
  clients: ClientTable;
  contacts: ContactTable;
  accounts: AccountTable;
  cases: CaseTable;
  counters: CounterTable;
  stage_changes: StageChangeTable;
  email_links: EmailLinkTable;
  audit_events: AuditEventTable;
  evidence_files: EvidenceFileTable;
  evidence_items: EvidenceItemTable;
  interactions: InteractionTable;
  follow_ups: FollowUpTable;
  case_notes: CaseNoteTable;
  approvals: ApprovalTable;
  escalations: EscalationTable;
  idempotency_keys: IdempotencyKeyTable;
  draft_templates: DraftTemplateTable;
  intake_analyses: IntakeAnalysisTable;
  case_intake: CaseIntakeTable;
};
