import type { DemoCase } from './demo-data.types';

// Payment investigations (payments-ops calendar, 10-hour days: resolution 80 business
// hours, triage 2, a wait on another team 24) and an operational correction (service-ops
// calendar, 8.5-hour days), whose maker-checker sign-off was rejected once.

export const paymentCases: DemoCase[] = [
  {
    // On track: 48.5 of 80 resolution hours; the correspondent answered within 9 of its 24.
    id: 'cs-003',
    clientId: 'cl-016',
    contactId: 'ct-030',
    type: 'payment_investigation',
    priority: 'high',
    stage: 'in_progress',
    title: 'USD 48,250.00 payment to Meerhaven Cargo BV not received',
    description:
      "Outgoing USD payment of 48,250.00 sent 13 November from GB38NBRK40116220736698 (client ref HFS-PAY-77104) to Meerhaven Cargo BV, Rotterdam. Beneficiary says the funds have not arrived and is holding the client's containers. Trace requested from our USD correspondent on 16 November; awaiting reply.",
    queue: 'payments-ops',
    ownerId: 'u-sa-tom',
    createdBy: 'u-sa-tom',
    opened: { businessDaysAgo: 5, hoursLater: 1.5 },
    sourceMessageId: '<20261116.0847.d001@mail.harbourfreight.example>',
    materialImpact: true,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 5, hoursLater: 2, actor: 'u-sa-tom' },
      {
        stage: 'waiting_internal',
        businessDaysAgo: 5,
        hoursLater: 7,
        actor: 'u-sa-tom',
        reason:
          "Trace (MT199) sent to the USD correspondent to confirm the beneficiary bank's credit",
        waitingOn: 'USD correspondent bank',
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 4,
        hoursLater: 6,
        actor: 'u-sa-tom',
        reason:
          "Correspondent replied: funds reached the beneficiary's bank on 13 November and are held there for a compliance check",
      },
    ],
    evidence: [
      {
        kind: 'email',
        title: "Client's report of the missing payment",
        by: 'u-sa-tom',
        businessDaysAgo: 5,
        hoursLater: 1.5,
      },
      {
        kind: 'system_reference',
        title: 'Outgoing payment record',
        system: 'Payments hub',
        reference: 'HFS-PAY-77104 / UETR 6f1c2a9e-3d47-4b8e-9a51-0c2d7e4f8b13',
        checklistKey: 'transaction_record',
        by: 'u-sa-tom',
        businessDaysAgo: 5,
        hoursLater: 2.5,
      },
    ],
  },
  {
    // Breached: waiting on Bacs operations for 66 business hours against a 24-hour target.
    id: 'cs-009',
    clientId: 'cl-024',
    contactId: 'ct-051',
    type: 'payment_investigation',
    priority: 'urgent',
    stage: 'waiting_internal',
    title: 'Bacs credits from 14 trade customers not received',
    description:
      'Tamsin Hocking reports that 14 trade customers paid by Bacs on 10 November (total £86,314.50) but nothing has reached business current account 20962285. Possibly misrouted after the sort code migration. Query raised with the Bacs operations team on 12 November; awaiting their report. Client is chasing daily because of month-end supplier payments.',
    queue: 'payments-ops',
    ownerId: 'u-sa-tom',
    createdBy: 'u-sa-tom',
    opened: { businessDaysAgo: 7, hoursLater: 2 },
    sourceMessageId: null,
    materialImpact: true,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 7, hoursLater: 2.5, actor: 'u-sa-tom' },
      {
        stage: 'waiting_internal',
        businessDaysAgo: 7,
        hoursLater: 4,
        actor: 'u-sa-tom',
        reason:
          'Asked Bacs operations whether the 14 credits were misrouted by the sort code migration',
        waitingOn: 'Bacs operations',
      },
    ],
    evidence: [
      {
        kind: 'note',
        title: "Client's list of the missing credits",
        text: '14 Bacs credits dated 10 November, £86,314.50 in total, payers and amounts as listed by Tamsin Hocking on the phone; remittance copies promised by email.',
        checklistKey: 'transaction_record',
        by: 'u-sa-tom',
        businessDaysAgo: 7,
        hoursLater: 3,
      },
    ],
  },
  {
    id: 'cs-006',
    clientId: 'cl-019',
    contactId: 'ct-039',
    type: 'operational_correction',
    priority: 'normal',
    stage: 'resolved',
    title: 'Reverse debit for the rejected Bacs file of 27 October',
    description:
      'The supplier payment file submitted on 27 October (38 items, £212,460.18) was rejected by Bacs after our submission window closed early during the platform upgrade, but the file total was still debited from business current account 20904471. Debit reversed on 28 October, value-dated 27 October; client confirmed the balance. Waiver of the CHAPS fees they paid instead to be handled separately.',
    queue: 'service-ops',
    ownerId: 'u-sa-tom',
    createdBy: 'u-sa-tom',
    opened: { businessDaysAgo: 18 },
    sourceMessageId: null,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 18, hoursLater: 0.5, actor: 'u-sa-tom' },
      {
        stage: 'pending_approval',
        businessDaysAgo: 18,
        hoursLater: 1.5,
        actor: 'u-sa-tom',
        reason: 'Waiting for approval: Maker-checker sign-off of the correction',
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 18,
        hoursLater: 3,
        actor: 'u-mg-grace',
        reason: 'The approval was rejected',
      },
      {
        stage: 'pending_approval',
        businessDaysAgo: 18,
        hoursLater: 3.5,
        actor: 'u-sa-tom',
        reason: 'Waiting for approval: Maker-checker sign-off of the correction',
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 18,
        hoursLater: 5,
        actor: 'u-mg-grace',
        reason: 'The approval was approved',
      },
      { stage: 'resolved', businessDaysAgo: 17, hoursLater: 2, actor: 'u-sa-tom' },
    ],
    evidence: [
      {
        kind: 'system_reference',
        title: 'Statement showing the debit of the rejected file',
        system: 'Core banking',
        reference: '20904471 / 27 Oct 2026 / BACS KPE-20261027-01 / -212,460.18',
        checklistKey: 'record_before',
        by: 'u-sa-tom',
        businessDaysAgo: 18,
        hoursLater: 1,
      },
      {
        kind: 'note',
        title: 'Records affected',
        text: 'One debit only: Bacs file KPE-20261027-01, 38 items, £212,460.18. Bacs operations confirmed no other customer file was debited after the early close on 27 October.',
        checklistKey: 'affected_records',
        by: 'u-sa-tom',
        businessDaysAgo: 18,
        hoursLater: 1,
      },
      {
        kind: 'system_reference',
        title: 'Reversal posted, value 27 October',
        system: 'Core banking',
        reference: '20904471 / REV-20261028-0193 / +212,460.18 value 27 Oct 2026',
        checklistKey: 'record_after',
        by: 'u-sa-tom',
        businessDaysAgo: 18,
        hoursLater: 6,
      },
    ],
    approvals: [
      {
        id: 'ap-006-1',
        kind: 'correction',
        amount: '212460.18',
        currency: 'GBP',
        policyReference: 'OPS-COR-2.1',
        rationale:
          'Reverse the debit for the Bacs file Bacs rejected on 27 October, value-dated 28 October.',
        requestedBy: 'u-sa-tom',
        requested: { businessDaysAgo: 18, hoursLater: 1.5 },
        outcome: {
          status: 'rejected',
          by: 'u-mg-grace',
          at: { businessDaysAgo: 18, hoursLater: 3 },
          note: 'The reversal must be value-dated 27 October, the day of the debit, or the client pays a day of overdraft interest. Resubmit with value date 27 October.',
        },
      },
      {
        id: 'ap-006-2',
        kind: 'correction',
        amount: '212460.18',
        currency: 'GBP',
        policyReference: 'OPS-COR-2.1',
        rationale:
          'Reverse the debit for the Bacs file Bacs rejected on 27 October, value-dated 27 October.',
        requestedBy: 'u-sa-tom',
        requested: { businessDaysAgo: 18, hoursLater: 3.5 },
        outcome: {
          status: 'approved',
          by: 'u-mg-grace',
          at: { businessDaysAgo: 18, hoursLater: 5 },
          note: 'Checked against the Bacs rejection report and the statement.',
        },
      },
    ],
    closure: {
      reason: 'completed',
      summary:
        'Reversed the £212,460.18 debit for the Bacs file rejected on 27 October, value-dated 27 October after the checker sent back the first request; Ravi Desai confirmed the balance is right. The CHAPS fee waiver is being handled as a separate request.',
      rootCause:
        'The Bacs submission window closed early during the platform upgrade on 27 October. The file was rejected, but its total had already been debited, and that day nobody reconciled the rejection report against posted debits.',
      customerResponse:
        'Ravi Desai, Financial Controller, told by phone that the debit was reversed with value 27 October; he confirmed the balance.',
    },
  },
];
