import type { DemoCase } from './demo-data.types';

// Document request cases (kyc-documents calendar, 8.5-hour days). Resolution target: 40
// business hours, paused while waiting on the customer; a wait on the customer may last
// 120 hours, one on another team 24.

export const documentCases: DemoCase[] = [
  {
    // At risk: 110.5 of the 120 hours a wait on the customer may last.
    id: 'cs-002',
    clientId: 'cl-022',
    contactId: 'ct-045',
    type: 'document_request',
    priority: 'normal',
    stage: 'waiting_customer',
    title: 'Periodic KYC review – outstanding documents',
    description:
      'Periodic review of Ostara Hotels Group Ltd (high risk). Outstanding: updated PSC register; certified ID for directors appointed since the last review (L Vogt, P Nolan); evidence of source of funds for the Lisbon property bought in August 2026. Chaser sent 4 November with a deadline of 20 November; restricting services to be considered if not received.',
    queue: 'kyc-documents',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-sa-sofia',
    opened: { businessDaysAgo: 22 },
    sourceMessageId: null,
    steps: [
      { stage: 'triage', businessDaysAgo: 22, hoursLater: 0.5, actor: 'u-sa-sofia' },
      { stage: 'in_progress', businessDaysAgo: 22, hoursLater: 1.5, actor: 'u-sa-sofia' },
      {
        stage: 'waiting_customer',
        businessDaysAgo: 22,
        hoursLater: 2,
        actor: 'u-sa-sofia',
        reason:
          'Periodic review request sent: PSC register, certified director IDs, source of funds for the Lisbon property',
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 15,
        actor: 'u-sa-sofia',
        reason:
          'Partial reply: 2025 accounts received; the three items requested are still missing',
      },
      {
        stage: 'waiting_customer',
        businessDaysAgo: 13,
        actor: 'u-sa-sofia',
        reason:
          'Chaser sent for the PSC register, director IDs and source of funds, due 20 November',
      },
    ],
  },
  {
    // Breached: waiting on Legal for 119 business hours against a 24-hour target.
    id: 'cs-007',
    clientId: 'cl-014',
    contactId: 'ct-026',
    type: 'document_request',
    priority: 'normal',
    stage: 'waiting_internal',
    title: 'Deed of appointment – verify new professional trustee',
    description:
      'Philippa Rowe (Penrose Law) appointed professional trustee of the Carrow Family Trust by deed dated 14 October, replacing the late Gerald Carrow. Certified deed and ID received 2 November. Waiting for Legal to confirm the deed so the trust mandate can be updated; until then Ms Rowe cannot sign on the trust accounts.',
    queue: 'kyc-documents',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-rm-amelia',
    opened: { businessDaysAgo: 17, hoursLater: 5 },
    sourceMessageId: null,
    steps: [
      {
        stage: 'waiting_customer',
        businessDaysAgo: 17,
        hoursLater: 6,
        actor: 'u-sa-sofia',
        reason:
          "Asked Penrose Law for the certified deed of appointment and Ms Rowe's certified ID",
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 15,
        actor: 'u-sa-sofia',
        reason: 'Certified deed and ID received',
      },
      {
        stage: 'waiting_internal',
        businessDaysAgo: 14,
        actor: 'u-sa-sofia',
        reason: 'Legal to confirm the deed of appointment before the trust mandate is changed',
        waitingOn: 'Legal (trusts team)',
      },
    ],
    evidence: [
      {
        kind: 'system_reference',
        title: 'Certified deed of appointment and trustee ID',
        system: 'Document store',
        reference: 'TRUST-CARROW-DEED-20261014',
        by: 'u-sa-sofia',
        businessDaysAgo: 15,
        hoursLater: 1,
      },
    ],
  },
  {
    id: 'cs-012',
    clientId: 'cl-028',
    contactId: 'ct-058',
    type: 'document_request',
    priority: 'low',
    stage: 'closed',
    title: 'Copy of home insurance schedule for remortgage',
    description:
      "Thomas Ellery asked for a copy of the buildings and contents schedule (HH-5530921), showing the lender's interest noted, for his remortgage with another lender. Schedule reissued and posted 22 October; client confirmed receipt.",
    queue: 'kyc-documents',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-sa-sofia',
    opened: { businessDaysAgo: 23, hoursLater: 1 },
    sourceMessageId: null,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 23, hoursLater: 1.5, actor: 'u-sa-sofia' },
      { stage: 'resolved', businessDaysAgo: 22, hoursLater: 4, actor: 'u-sa-sofia' },
      { stage: 'closed', businessDaysAgo: 20, actor: 'u-sa-sofia' },
    ],
    evidence: [
      {
        kind: 'system_reference',
        title: 'Schedule posted by tracked mail',
        system: 'Royal Mail tracked',
        reference: 'TT 4410 2287 5GB',
        checklistKey: 'delivery_record',
        by: 'u-sa-sofia',
        businessDaysAgo: 22,
        hoursLater: 4,
      },
    ],
    closure: {
      reason: 'completed',
      summary:
        "Reissued the buildings and contents schedule HH-5530921 with the new lender's interest noted and posted it by tracked mail; Mr Ellery confirmed by phone that it arrived.",
    },
  },
];
