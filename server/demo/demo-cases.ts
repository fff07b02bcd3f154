import { accountCases } from './demo-cases-accounts';
import { approvalCases } from './demo-cases-approvals';
import { complaintCases } from './demo-cases-complaints';
import { documentCases } from './demo-cases-documents';
import { paymentCases } from './demo-cases-payments';
import type { DemoCase } from './demo-data.types';

// Cases already in the system when the demo starts, with everything that happened to
// them, timed back from the moment the seed runs. cs-003 and cs-004 were made from demo
// mailbox emails (demo-msg-001, demo-msg-002); the others came in by phone or from an RM.
// Between them they sit in every stage, every SLA state and every approval state.

/** Every demo case in id order, which is also the order of their case numbers. */
export const demoCases: DemoCase[] = [
  ...accountCases,
  ...documentCases,
  ...paymentCases,
  ...complaintCases,
  ...approvalCases,
].sort((a, b) => a.id.localeCompare(b.id));
