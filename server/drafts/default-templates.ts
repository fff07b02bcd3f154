import type { CaseType } from '../../shared/cases/case.schema';
import type { DraftPurpose } from '../../shared/drafts/draft.schema';
import {
  complaintTemplates,
  internalApprovalTemplates,
  operationalCorrectionTemplates,
} from './default-templates-review';
import {
  accountMaintenanceTemplates,
  documentRequestTemplates,
  paymentInvestigationTemplates,
} from './default-templates-service';

export type DefaultTemplate = { subject: string; body: string };

/** One case type's four templates. */
export type DefaultTemplateSet = Record<DraftPurpose, DefaultTemplate>;

/**
 * The templates every new database starts with, one per case type and purpose.
 * Administrators edit them through the API; these are only the starting text.
 */
export const defaultTemplates: Record<CaseType, DefaultTemplateSet> = {
  account_maintenance: accountMaintenanceTemplates,
  payment_investigation: paymentInvestigationTemplates,
  complaint: complaintTemplates,
  operational_correction: operationalCorrectionTemplates,
  document_request: documentRequestTemplates,
  internal_approval: internalApprovalTemplates,
};
