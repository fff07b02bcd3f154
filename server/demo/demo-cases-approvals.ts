import type { DemoCase } from './demo-data.types';

// Internal approvals (approvals calendar, 8.5-hour days). Resolution target: 24 business
// hours; triage: 4. Each needs an approved policy exception, with an expiry, to resolve.

const exceptionWaitReason =
  'Waiting for approval: Policy exception, override, special pricing or limit change';

export const approvalCases: DemoCase[] = [
  {
    // Breached: open 112 business hours against 24. Its first request lapsed unanswered.
    id: 'cs-005',
    clientId: 'cl-010',
    contactId: 'ct-017',
    type: 'internal_approval',
    priority: 'high',
    stage: 'pending_approval',
    title: 'Increase Lombard facility from EUR 450,000 to EUR 600,000',
    description:
      'Client asks to increase the Lombard loan (LMB-450073) secured on his EUR custody portfolio to EUR 600,000, to bridge the Valencia purchase until his London flat is sold. Loan-to-value after the increase: 26%. High-risk client; enhanced due diligence refreshed in September. Needs credit and head-of-service sign-off.',
    queue: 'approvals',
    ownerId: 'u-mg-grace',
    createdBy: 'u-rm-amelia',
    opened: { businessDaysAgo: 14, hoursLater: 7 },
    sourceMessageId: null,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 13, actor: 'u-rm-amelia' },
      {
        stage: 'pending_approval',
        businessDaysAgo: 12,
        actor: 'u-rm-amelia',
        reason: exceptionWaitReason,
      },
      {
        // The expiry job hands the case back to whoever asked.
        stage: 'in_progress',
        businessDaysAgo: 9,
        actor: 'u-rm-amelia',
        reason: 'The approval it was waiting for expired',
      },
      {
        stage: 'pending_approval',
        businessDaysAgo: 3,
        actor: 'u-rm-amelia',
        reason: exceptionWaitReason,
      },
    ],
    evidence: [
      {
        kind: 'system_reference',
        title: 'Lombard lending policy',
        system: 'Credit policy',
        reference: 'CR-LMB-3.4 (maximum 50% LTV on a diversified EUR portfolio)',
        checklistKey: 'policy_reference',
        by: 'u-rm-amelia',
        businessDaysAgo: 13,
        hoursLater: 1,
      },
      {
        kind: 'note',
        title: 'Rationale for the increase',
        text: 'Bridge of EUR 150,000 for the Valencia completion on 27 November until the London flat sale completes (under offer, expected February). LTV 26% after the increase; repayment from the sale proceeds.',
        checklistKey: 'rationale',
        by: 'u-rm-amelia',
        businessDaysAgo: 13,
        hoursLater: 1.5,
      },
    ],
    approvals: [
      {
        id: 'ap-005-1',
        kind: 'policy_exception',
        amount: '600000.00',
        currency: 'EUR',
        policyReference: 'CR-LMB-3.4',
        rationale:
          'Increase the Lombard facility to EUR 600,000 as a bridge for the Valencia purchase.',
        requestedBy: 'u-rm-amelia',
        requested: { businessDaysAgo: 12 },
        // Asked with the original offer date, which passed while credit wanted a new valuation.
        expires: { businessDaysAgo: 9 },
        outcome: { status: 'expired' },
      },
      {
        id: 'ap-005-2',
        kind: 'policy_exception',
        amount: '600000.00',
        currency: 'EUR',
        policyReference: 'CR-LMB-3.4',
        rationale:
          'Increase the Lombard facility to EUR 600,000 until the London flat is sold; portfolio revalued on 17 November, LTV 26%.',
        requestedBy: 'u-rm-amelia',
        requested: { businessDaysAgo: 3 },
        expires: { daysFromNow: 120 },
        outcome: { status: 'pending' },
      },
    ],
  },
  {
    // At risk: in triage for 3.5 business hours of 4.
    id: 'cs-013',
    clientId: 'cl-017',
    contactId: 'ct-033',
    type: 'internal_approval',
    priority: 'normal',
    stage: 'triage',
    title: 'Approve higher daily limit for transfers to Calder Group Logistics',
    description:
      'Ingrid Solberg asks for the daily limit on transfers from the Holdings business current account (20811039) to Calder Group Logistics Ltd to rise from £500,000 to £1,500,000 while the group considers cash pooling (workshop on 26 November). Needs credit approval because Logistics also draws on its fleet finance loan.',
    queue: 'approvals',
    ownerId: null,
    createdBy: 'u-rm-rahul',
    opened: { businessHoursAgo: 3.5 },
    sourceMessageId: null,
    steps: [
      {
        stage: 'triage',
        businessHoursAgo: 3,
        actor: 'u-mg-grace',
        reason: 'Needs a credit view before the cash pooling workshop',
      },
    ],
  },
  {
    id: 'cs-015',
    clientId: 'cl-020',
    contactId: 'ct-041',
    type: 'internal_approval',
    priority: 'normal',
    stage: 'closed',
    title: 'Temporary overdraft increase for the new Leeds surgery fit-out',
    description:
      'Sameer Qureshi asked for the overdraft on the business current account (21017753) to rise from £50,000 to £150,000 while the dental chairs and imaging kit for the Leeds surgery are bought, until the asset finance drawdown in February repays it.',
    queue: 'approvals',
    ownerId: 'u-rm-rahul',
    createdBy: 'u-rm-rahul',
    opened: { businessDaysAgo: 10 },
    sourceMessageId: null,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 10, hoursLater: 1, actor: 'u-rm-rahul' },
      {
        stage: 'pending_approval',
        businessDaysAgo: 10,
        hoursLater: 2,
        actor: 'u-rm-rahul',
        reason: exceptionWaitReason,
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 9,
        hoursLater: 1,
        actor: 'u-mg-grace',
        reason: 'The approval was approved',
      },
      { stage: 'resolved', businessDaysAgo: 9, hoursLater: 2, actor: 'u-rm-rahul' },
      { stage: 'closed', businessDaysAgo: 8, actor: 'u-rm-rahul' },
    ],
    evidence: [
      {
        kind: 'system_reference',
        title: 'Business overdraft policy',
        system: 'Credit policy',
        reference: 'CR-ODF-2.3 (temporary excess up to three times the limit for 90 days)',
        checklistKey: 'policy_reference',
        by: 'u-rm-rahul',
        businessDaysAgo: 10,
        hoursLater: 1.5,
      },
      {
        kind: 'note',
        title: 'Rationale',
        text: 'Equipment invoices of £96,400 due before the asset finance drawdown; partnership profits cover the interest three times; limit falls back to £50,000 on drawdown.',
        checklistKey: 'rationale',
        by: 'u-rm-rahul',
        businessDaysAgo: 10,
        hoursLater: 1.5,
      },
    ],
    approvals: [
      {
        id: 'ap-015-1',
        kind: 'policy_exception',
        amount: '150000.00',
        currency: 'GBP',
        policyReference: 'CR-ODF-2.3',
        rationale: 'Temporary overdraft of £150,000 until the asset finance drawdown in February.',
        requestedBy: 'u-rm-rahul',
        requested: { businessDaysAgo: 10, hoursLater: 2 },
        expires: { daysFromNow: 75 },
        outcome: {
          status: 'approved',
          by: 'u-mg-grace',
          at: { businessDaysAgo: 9, hoursLater: 1 },
          note: 'Approved until the review date; the limit returns to £50,000 on drawdown.',
        },
      },
    ],
    closure: {
      reason: 'approved',
      summary:
        'Overdraft on 21017753 raised from £50,000 to £150,000 under policy CR-ODF-2.3, approved by the service manager until the review date; it returns to £50,000 when the asset finance drawdown repays it.',
    },
  },
];
