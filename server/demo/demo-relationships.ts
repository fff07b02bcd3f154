import type { DemoClientWatch, DemoFollowUp, DemoInteraction } from './demo-work.types';

// What the relationship managers watch and have promised. Due dates count London days
// from the day the seed runs, so some are always overdue, some due soon and some done.
// cl-001 and cl-002 are left without any, as the follow-up and interaction tests use them.

export const demoClientWatch: DemoClientWatch[] = [
  {
    clientId: 'cl-003',
    vulnerabilityNote:
      'Moved into residential care on 2 November. Her son Ross Gallacher holds a registered LPA for property and financial affairs: discuss the accounts with him, and send all post to him.',
  },
  {
    clientId: 'cl-010',
    restrictions: [
      'Outbound payments over EUR 100,000 need the second-line check before release',
      'Payment instructions only after a call-back to the registered mobile',
    ],
  },
  {
    clientId: 'cl-022',
    restrictions: ['No new facilities or products until the periodic KYC review is complete'],
    nextReviewInDays: 9,
  },
  { clientId: 'cl-012', nextReviewInDays: 21 },
  { clientId: 'cl-009', nextReviewInDays: 361 },
];

const amelia = { name: 'Amelia Hart', email: 'amelia.hart@northbridge.example', internal: true };
const rahul = { name: 'Rahul Mehta', email: 'rahul.mehta@northbridge.example', internal: true };

export const demoInteractions: DemoInteraction[] = [
  {
    id: 'ix-001',
    clientId: 'cl-009',
    kind: 'meeting',
    occurred: { businessDaysAgo: 4, hoursLater: 5 },
    purpose: 'Annual review',
    notes:
      'Portfolio performance and the balanced mandate reviewed with Charles and Helena; Imogen joined for the last half hour. Mortgage fixed rate ends in January.',
    participants: [
      { name: 'Charles Ashworth', email: 'charles.ashworth@postmail.example', internal: false },
      { name: 'Helena Ashworth', email: 'helena.ashworth@netmail.example', internal: false },
      { name: 'Imogen Ashworth', email: 'imogen.ashworth@inbox.example', internal: false },
      amelia,
    ],
    asks: [
      'Move USD 250,000 from the USD call deposit into the discretionary portfolio',
      'A debit card for Imogen as an additional cardholder',
      'Whether paying down £200,000 of the mortgage before January incurs an early repayment charge',
    ],
    decisions: ['Keep the balanced mandate for now', 'Convert the USD when the desk sees fit'],
    sensitive: false,
    sourceItemId: 'demo-apt-001',
    recordedBy: 'u-rm-amelia',
    promises: [
      {
        id: 'fu-101',
        title:
          'Send the revised investment policy statement to Charles and Helena, copy Victor Lang',
        ownerId: 'u-rm-amelia',
        dueInDays: 2,
        closeCondition: 'Both principals and the family office have it',
        status: 'open',
      },
      {
        id: 'fu-102',
        title: 'Find out the early repayment charge for paying down £200,000 before January',
        ownerId: 'u-rm-amelia',
        dueInDays: -1,
        status: 'open',
      },
      {
        id: 'fu-103',
        title: 'Send Imogen the additional cardholder form',
        ownerId: 'u-rm-amelia',
        dueInDays: -2,
        status: 'done',
        completed: { businessDaysAgo: 3 },
      },
    ],
  },
  {
    id: 'ix-002',
    clientId: 'cl-003',
    kind: 'call',
    occurred: { businessDaysAgo: 3, hoursLater: 2 },
    purpose: 'Mrs Gallacher’s move into care and her fixed rate bond',
    notes:
      'Ross Gallacher called as attorney. His mother has dementia and moved into Rowanbank House on 2 November; care fees start in December. He wants the bond maturity proceeds kept available for the fees. Health details shared in confidence.',
    participants: [
      { name: 'Ross Gallacher', email: 'ross.gallacher@postmail.example', internal: false },
      amelia,
    ],
    asks: ['Do not roll the fixed rate bond over on 4 December'],
    decisions: ['Bond proceeds to go to the current account at maturity'],
    sensitive: true,
    recordedBy: 'u-rm-amelia',
    promises: [
      {
        id: 'fu-104',
        title: 'Send Ross the options for the fixed rate bond before it matures on 4 December',
        ownerId: 'u-rm-amelia',
        dueInDays: 7,
        status: 'open',
      },
      {
        id: 'fu-105',
        title: 'Change the address on both accounts to the care home and send all post to Ross',
        ownerId: 'u-sa-sofia',
        dueInDays: -1,
        closeCondition: 'Both accounts updated and the LPA noted for correspondence',
        status: 'done',
        completed: { businessDaysAgo: 2 },
      },
    ],
  },
  {
    id: 'ix-003',
    clientId: 'cl-017',
    kind: 'call',
    occurred: { businessDaysAgo: 2, hoursLater: 3 },
    purpose: 'Cash pooling and the transfer limit to Calder Group Logistics',
    notes:
      'Ingrid Solberg wants the daily transfer limit to Logistics raised while the group decides on cash pooling; Fraser Calder to join the workshop.',
    participants: [
      { name: 'Ingrid Solberg', email: 'ingrid.solberg@caldergroup.example', internal: false },
      rahul,
    ],
    asks: [
      'Raise the daily limit for transfers to Calder Group Logistics to £1,500,000',
      'An agenda for the cash pooling workshop',
    ],
    decisions: ['Rahul to raise an internal approval for the higher limit'],
    sensitive: false,
    recordedBy: 'u-rm-rahul',
    promises: [
      {
        id: 'fu-106',
        title: 'Send the cash pooling workshop agenda to Ingrid Solberg',
        ownerId: 'u-rm-rahul',
        dueInDays: 1,
        status: 'open',
      },
      {
        id: 'fu-107',
        title: 'Bring an indicative cash pooling structure to the workshop',
        ownerId: 'u-rm-rahul',
        dueInDays: 5,
        status: 'open',
      },
    ],
  },
];

export const demoFollowUps: DemoFollowUp[] = [
  {
    id: 'fu-001',
    clientId: 'cl-010',
    caseId: 'cs-005',
    title: 'Tell Mr Montero the credit decision on the Lombard increase',
    ownerId: 'u-rm-amelia',
    createdBy: 'u-rm-amelia',
    created: { businessDaysAgo: 3 },
    dueInDays: 1,
    closeCondition: 'Client told, and the facility letter sent if approved',
    status: 'open',
  },
  {
    id: 'fu-002',
    clientId: 'cl-006',
    caseId: 'cs-008',
    title: 'Send the Owusus the revised mortgage payment schedule',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-rm-amelia',
    created: { businessHoursAgo: 0.5 },
    dueInDays: 4,
    status: 'open',
  },
  {
    id: 'fu-003',
    clientId: 'cl-012',
    title: 'Send Elmfield Accountants the 2025/26 tax certificates and the custody tax pack',
    ownerId: 'u-rm-amelia',
    createdBy: 'u-rm-amelia',
    created: { businessDaysAgo: 4, hoursLater: 7 },
    dueInDays: 18,
    closeCondition: 'Stuart Kerrigan has all three items',
    status: 'open',
  },
  {
    id: 'fu-004',
    clientId: 'cl-012',
    title: 'Call Mrs Elphinstone about the new rate on her 95-day notice account',
    ownerId: 'u-rm-amelia',
    createdBy: 'u-rm-amelia',
    created: { businessDaysAgo: 10 },
    dueInDays: -3,
    status: 'open',
  },
  {
    id: 'fu-005',
    clientId: 'cl-013',
    caseId: 'cs-014',
    title: 'Check the reissued loan statement reached Mr Harcourt in Winchester',
    ownerId: 'u-sa-sofia',
    createdBy: 'u-sa-sofia',
    created: { businessDaysAgo: 1, hoursLater: 1 },
    dueInDays: 6,
    status: 'open',
  },
  {
    id: 'fu-006',
    clientId: 'cl-022',
    caseId: 'cs-002',
    title: "Chase Ostara for Mr Nolan's certified ID and the source of funds letter",
    ownerId: 'u-rm-rahul',
    createdBy: 'u-sa-sofia',
    created: { businessDaysAgo: 13 },
    dueInDays: -2,
    status: 'open',
  },
  {
    id: 'fu-007',
    clientId: 'cl-024',
    caseId: 'cs-009',
    title: 'Daily update call to Tamsin Hocking on the missing Bacs credits',
    ownerId: 'u-sa-tom',
    createdBy: 'u-sa-tom',
    created: { businessDaysAgo: 6 },
    dueInDays: 0,
    status: 'open',
  },
  {
    id: 'fu-008',
    clientId: 'cl-016',
    caseId: 'cs-003',
    title: 'Tell Mei Chen whether to send a second payment to Meerhaven',
    ownerId: 'u-sa-tom',
    createdBy: 'u-sa-tom',
    created: { businessDaysAgo: 1, hoursLater: 3 },
    dueInDays: -1,
    status: 'open',
  },
  {
    id: 'fu-009',
    clientId: 'cl-019',
    caseId: 'cs-006',
    title: 'Tell Ravi Desai the outcome of the CHAPS fee waiver request',
    ownerId: 'u-rm-rahul',
    createdBy: 'u-rm-rahul',
    created: { businessDaysAgo: 3, hoursLater: 7 },
    dueInDays: 3,
    status: 'open',
  },
  {
    id: 'fu-010',
    clientId: 'cl-008',
    caseId: 'cs-016',
    title: 'Check the reinstated rent standing order paid on 1 November',
    ownerId: 'u-rm-rahul',
    createdBy: 'u-sa-sofia',
    created: { businessDaysAgo: 15, hoursLater: 4 },
    dueInDays: -20,
    status: 'done',
    completed: { businessDaysAgo: 14 },
  },
  {
    id: 'fu-011',
    clientId: 'cl-017',
    title: 'Invite Fraser Calder to the cash pooling workshop',
    ownerId: 'u-rm-rahul',
    createdBy: 'u-rm-rahul',
    created: { businessDaysAgo: 8 },
    dueInDays: -4,
    status: 'cancelled',
    completed: { businessDaysAgo: 2, hoursLater: 3.5 },
  },
];
