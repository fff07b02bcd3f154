import type { Stage } from '../../../../shared/cases/case.schema';
import type { DraftPurpose } from '../../../../shared/drafts/draft.schema';

/** The reply a case most likely needs at its stage; the user can pick another. */
export function suggestedPurpose(stage: Stage): DraftPurpose {
  switch (stage) {
    case 'new':
    case 'triage':
      return 'acknowledge';
    case 'waiting_customer':
      return 'request_missing_information';
    case 'resolved':
    case 'closed':
      return 'resolution';
    default:
      return 'status_update';
  }
}
