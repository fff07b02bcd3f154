import type { DemoCase } from './demo-data.types';

// Account maintenance cases (service-ops calendar, 8.5-hour days). Resolution target:
// 40 business hours, paused while waiting on the customer; triage: 4 hours.

export const accountCases: DemoCase[] = [
  {
    id: 'cs-001',
    clientId: 'cl-001',
    contactId: 'ct-001',
    type: 'account_maintenance',
    priority: 'normal',
    stage: 'closed',
    title: 'Add David Pryce as joint holder on the Easy Access Saver',
    description:
      'Eleanor Pryce phoned to add her husband David as a joint holder on the Easy Access Saver (31845035). Joint mandate signed by both in branch on 23 October; ID for David already held from the joint current account. Mandate updated and confirmation letter sent 28 October.',
    queue: 'service-ops',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-sa-sofia',
    opened: { businessDaysAgo: 24 },
    sourceMessageId: null,
    steps: [
      {
        stage: 'waiting_customer',
        businessDaysAgo: 24,
        hoursLater: 1,
        actor: 'u-sa-sofia',
        reason: 'Both holders to sign the joint mandate in branch',
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 21,
        actor: 'u-sa-sofia',
        reason: 'Joint mandate signed by both holders in branch',
      },
      { stage: 'resolved', businessDaysAgo: 18, actor: 'u-sa-sofia' },
      { stage: 'closed', businessDaysAgo: 15, actor: 'u-sa-sofia' },
    ],
    evidence: [
      {
        kind: 'note',
        title: 'ID for David Pryce already held',
        text: 'Passport and proof of address for David Pryce verified when the joint current account was opened in 2019; signature on the new mandate matches the specimen held.',
        checklistKey: 'identity_check',
        by: 'u-sa-sofia',
        businessDaysAgo: 21,
        hoursLater: 1,
      },
      {
        kind: 'system_reference',
        title: 'Joint mandate signed in branch',
        system: 'Document store',
        reference: 'MANDATE-31845035-20261023',
        checklistKey: 'signed_instruction',
        by: 'u-sa-sofia',
        businessDaysAgo: 21,
        hoursLater: 1.5,
      },
    ],
    closure: {
      reason: 'completed',
      summary:
        'Added David Pryce as joint holder on the Easy Access Saver 31845035 under the joint mandate both holders signed in branch; ID already held from the joint current account. Confirmation letter sent to both.',
    },
  },
  {
    id: 'cs-008',
    clientId: 'cl-006',
    contactId: 'ct-008',
    type: 'account_maintenance',
    priority: 'low',
    stage: 'new',
    title: 'Move mortgage payment date to the 15th',
    description:
      'Kwame Owusu called Amelia: both he and Abena are now paid mid-month, and they want the mortgage (MTG-20577301) direct debit moved from the 1st to the 15th from January. Check whether a one-off interest adjustment applies and send the revised payment schedule.',
    queue: 'service-ops',
    ownerId: null,
    createdBy: 'u-rm-amelia',
    opened: { businessHoursAgo: 1 },
    sourceMessageId: null,
    steps: [],
  },
  {
    // At risk: 32.75 of its 40 resolution hours used, with the wait for bank details paused.
    id: 'cs-011',
    clientId: 'cl-011',
    contactId: 'ct-019',
    type: 'account_maintenance',
    priority: 'normal',
    stage: 'in_progress',
    title: 'Set up quarterly EUR standing order for the Annecy apartment',
    description:
      "Annika Bergström asked Amelia by phone for a quarterly standing order of EUR 1,250 from the Private Current Account (80031188), converted at the day's rate, to the managing agent of their apartment in Annecy, starting 1 December. Beneficiary details received and checked; awaiting second review in service operations.",
    queue: 'service-ops',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-rm-amelia',
    opened: { businessDaysAgo: 9, hoursLater: 6.5 },
    sourceMessageId: null,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 9, hoursLater: 7, actor: 'u-sa-sofia' },
      {
        stage: 'waiting_customer',
        businessDaysAgo: 8,
        hoursLater: 1,
        actor: 'u-sa-sofia',
        reason: "Asked for the managing agent's IBAN and BIC on their letterhead",
      },
      {
        stage: 'in_progress',
        businessDaysAgo: 3.5,
        actor: 'u-sa-sofia',
        reason: 'Beneficiary details received and checked against the letterhead',
      },
    ],
    evidence: [
      {
        kind: 'note',
        title: 'Caller verified by the relationship manager',
        text: 'Amelia Hart took the instruction from Mrs Bergström on her registered mobile and passed security questions; call-back logged on the client file.',
        checklistKey: 'identity_check',
        by: 'u-rm-amelia',
        businessDaysAgo: 9,
        hoursLater: 7,
      },
    ],
  },
  {
    // Closed, then reopened when the client found the loan statement still went to the old address.
    id: 'cs-014',
    clientId: 'cl-013',
    contactId: 'ct-023',
    type: 'account_maintenance',
    priority: 'normal',
    stage: 'in_progress',
    title: 'Change correspondence address after move to Winchester',
    description:
      'Oliver Harcourt has moved to 3 Kingsgate Mews, Winchester SO23 9PE and asked for all correspondence to go there. Current account and portfolio updated; the Lombard loan (LMB-450118) statement for November still went to the old London address, so the case was reopened to update the loan system and reissue the statement.',
    queue: 'service-ops',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-sa-sofia',
    opened: { businessDaysAgo: 9 },
    sourceMessageId: null,
    steps: [
      { stage: 'in_progress', businessDaysAgo: 9, hoursLater: 0.5, actor: 'u-sa-sofia' },
      { stage: 'resolved', businessDaysAgo: 8, actor: 'u-sa-sofia' },
      { stage: 'closed', businessDaysAgo: 7, actor: 'u-sa-sofia' },
      {
        stage: 'in_progress',
        businessDaysAgo: 1,
        actor: 'u-sa-sofia',
        reason:
          'Client called: the November Lombard loan statement went to the old address; the loan system was not updated',
      },
    ],
    evidence: [
      {
        kind: 'note',
        title: 'Identity and new address checked',
        text: 'Caller passed security questions; council tax bill for the Winchester address seen by video call and saved to the client file.',
        checklistKey: 'identity_check',
        by: 'u-sa-sofia',
        businessDaysAgo: 9,
        hoursLater: 2,
      },
      {
        kind: 'system_reference',
        title: 'Signed change-of-address form',
        system: 'Document store',
        reference: 'COA-80047702-HARCOURT',
        checklistKey: 'signed_instruction',
        by: 'u-sa-sofia',
        businessDaysAgo: 9,
        hoursLater: 2.5,
      },
    ],
    closure: {
      reason: 'completed',
      summary:
        'Correspondence address changed to 3 Kingsgate Mews, Winchester on the private current account and the discretionary portfolio, checked against the council tax bill and the signed change-of-address form.',
    },
  },
];
