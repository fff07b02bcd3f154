import type { DemoCase } from './demo-data.types';

// Complaints (complaints calendar, 8.5-hour days). Triage: 4 business hours; a wait on the
// customer: 80; the final-response and resolution clocks run 56 calendar days and never pause.

export const complaintCases: DemoCase[] = [
  {
    // Breached: left in triage without a handler for 38.5 business hours against 4.
    id: 'cs-004',
    clientId: 'cl-004',
    contactId: 'ct-006',
    type: 'complaint',
    priority: 'normal',
    stage: 'triage',
    title: 'Complaint: international payment fee charged twice',
    description:
      'Client says the EUR 15.00 international payment fee was taken twice on 10 November for a EUR 2,000 SHA transfer made on 9 November, and queries an unexplained EUR 12.50 correspondent charge. The call-back promised on 12 November was missed. Second fee complaint this year. Acknowledge promptly; final response due by 11 January 2027.',
    queue: 'complaints',
    ownerId: null,
    createdBy: 'u-sa-sofia',
    opened: { businessDaysAgo: 5, hoursLater: 4 },
    sourceMessageId: '<20261116.1120.d002@mail.postmail.example>',
    steps: [
      {
        stage: 'triage',
        businessDaysAgo: 5,
        hoursLater: 4.5,
        actor: 'u-sa-sofia',
        reason: 'Logged from the client’s email; needs a complaints handler',
      },
    ],
    evidence: [
      {
        kind: 'email',
        title: 'Complaint email from Mr Renner',
        by: 'u-sa-sofia',
        businessDaysAgo: 5,
        hoursLater: 4,
      },
    ],
  },
  {
    // At risk: waiting 76.5 business hours for the client's documents, of 80.
    id: 'cs-010',
    clientId: 'cl-026',
    contactId: 'ct-054',
    type: 'complaint',
    priority: 'high',
    stage: 'waiting_customer',
    title: 'Complaint: slow handling of hull damage claim',
    description:
      "Callum Greywell complains that the claim for hull damage to the charter vessel Skerry Light (grounding near Helford, 11 September) has had no decision after eight weeks. The claims team is waiting for the surveyor. On 9 November we asked the client for the repair yard's invoice and the skipper's statement; not yet received.",
    queue: 'complaints',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-sa-sofia',
    opened: { businessDaysAgo: 12, hoursLater: 3 },
    sourceMessageId: null,
    steps: [
      { stage: 'triage', businessDaysAgo: 12, hoursLater: 3.5, actor: 'u-sa-sofia' },
      { stage: 'in_progress', businessDaysAgo: 12, hoursLater: 5, actor: 'u-sa-sofia' },
      {
        stage: 'pending_approval',
        businessDaysAgo: 11,
        actor: 'u-sa-sofia',
        reason: 'Waiting for approval: Redress payment',
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 10,
        hoursLater: 2,
        actor: 'u-sa-sofia',
        reason: 'The approval request was withdrawn',
      },
      {
        stage: 'waiting_customer',
        businessDaysAgo: 9,
        actor: 'u-sa-sofia',
        reason: "Asked for the repair yard's invoice and the skipper's statement",
      },
    ],
    evidence: [
      {
        kind: 'note',
        title: 'Claim file timeline',
        text: 'Grounding reported 11 September; surveyor instructed 15 September, visited 2 October; report not yet received. Client chased on 20 and 29 October; no decision letter sent. Delay is on our side until the survey report.',
        checklistKey: 'evidence_pack',
        by: 'u-sa-sofia',
        businessDaysAgo: 12,
        hoursLater: 6,
      },
    ],
    approvals: [
      {
        id: 'ap-010-1',
        kind: 'redress',
        amount: '400.00',
        currency: 'GBP',
        policyReference: 'CMP-RED-3',
        rationale: 'Goodwill payment for eight weeks without a claim decision.',
        requestedBy: 'u-sa-sofia',
        requested: { businessDaysAgo: 11 },
        // The client asked for redress to be weighed with the final response, once the claim is decided.
        outcome: { status: 'withdrawn', at: { businessDaysAgo: 10, hoursLater: 2 } },
      },
    ],
  },
  {
    id: 'cs-016',
    clientId: 'cl-008',
    contactId: 'ct-011',
    type: 'complaint',
    priority: 'normal',
    stage: 'closed',
    title: 'Complaint: standing order to the letting agent not paid in October',
    description:
      'Piotr Nowicki complains that the monthly rent standing order (£1,150.00) from the joint current account 39552014 to Harbourside Lettings was not paid on 1 October, and the agent charged a £25.00 late-payment fee. He was not told the payment had failed.',
    queue: 'complaints',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-sa-sofia',
    opened: { businessDaysAgo: 21 },
    sourceMessageId: null,
    steps: [
      { stage: 'triage', businessDaysAgo: 21, hoursLater: 0.5, actor: 'u-sa-sofia' },
      { stage: 'in_progress', businessDaysAgo: 21, hoursLater: 1.5, actor: 'u-sa-sofia' },
      { stage: 'resolved', businessDaysAgo: 15, hoursLater: 4, actor: 'u-sa-sofia' },
      { stage: 'closed', businessDaysAgo: 13, actor: 'u-mg-grace' },
    ],
    evidence: [
      {
        kind: 'note',
        title: 'Evidence pack',
        text: 'Standing order SO-39552014-07 suspended on 1 October by the payee-bank migration after the letting agent moved bank; no failure letter was produced. Agent’s invoice for the £25.00 late fee and the payment history are on the file.',
        checklistKey: 'evidence_pack',
        by: 'u-sa-sofia',
        businessDaysAgo: 19,
      },
      {
        kind: 'note',
        title: 'Reviewer sign-off',
        text: 'Reviewed the pack and the draft letter: upheld, redress proportionate, root cause recorded.',
        checklistKey: 'reviewer_signoff',
        by: 'u-mg-grace',
        businessDaysAgo: 15,
        hoursLater: 2,
      },
      {
        kind: 'system_reference',
        title: 'Final response letter',
        system: 'Correspondence',
        reference: 'FRL-2026-1187',
        checklistKey: 'final_response',
        by: 'u-sa-sofia',
        businessDaysAgo: 15,
        hoursLater: 3,
      },
    ],
    closure: {
      reason: 'upheld',
      summary:
        'Upheld: the October rent standing order was suspended by our migration and the client was not told. Standing order reinstated for 1 November, £25.00 late fee refunded and £50.00 paid for the inconvenience.',
      rootCause:
        'The payee-bank migration on 1 October suspended standing orders to payees whose sort code had changed, and no failure letter was produced for them.',
      customerResponse:
        'Final response letter FRL-2026-1187 sent to Mr and Mrs Nowicki, upholding the complaint, confirming the refund and the £50.00 payment, and explaining the right to refer to the Financial Ombudsman Service.',
    },
  },
];
