import { describe, expect, it } from 'vitest';
import { caseTypeDefinitions } from '../../../shared/cases/case-types';
import { customerRequests } from '../../../server/drafts/customer-requests';

describe('what a reply asks the customer for', () => {
  it('names only checklist items that exist, so a renamed item cannot silently drop out of requests', () => {
    const keys = caseTypeDefinitions.flatMap((d) => d.evidence.map((e) => e.key));
    for (const key of Object.keys(customerRequests)) expect(keys, key).toContain(key);
  });

  it('never asks for the bank’s own records', () => {
    for (const internal of ['customer_update', 'final_response', 'reviewer_signoff'])
      expect(customerRequests[internal]).toBeUndefined();
  });
});
