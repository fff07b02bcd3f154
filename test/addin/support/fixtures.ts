import type { Approval } from '../../../shared/approvals/approval.schema';
import type { AuditEntry } from '../../../shared/audit/audit.schema';
import type { CaseDetail } from '../../../shared/cases/case-detail.schema';
import type { Case } from '../../../shared/cases/case.schema';
import type { EvidenceList } from '../../../shared/evidence/evidence.schema';
import type { TimerView } from '../../../shared/sla/timers';
import type { ClientBrief } from '../../../shared/clients/brief.schema';
import type { ClientMatch, ClientSummary, Contact } from '../../../shared/clients/client.schema';
import type { LinkedCase } from '../../../shared/emails/email-link.schema';
import type { AppointmentItem, MessageItem } from '../../../shared/mailbox/mailbox-item.schema';

// Plain, schema-valid test data for the pane. Every builder takes overrides.

export function aMessage(overrides: Partial<MessageItem> = {}): MessageItem {
  return {
    kind: 'message',
    itemId: 'item-a',
    internetMessageId: '<a@northwind.example>',
    conversationId: 'conv-a',
    subject: 'RE: Missing payment to supplier',
    from: { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
    to: [{ name: 'Service desk', email: 'service@bank.example' }],
    cc: [],
    receivedAt: '2025-03-04T09:15:00.000Z',
    bodyText: '  The payment of 12,400 EUR on 1 March has not arrived.\n\nPriya  ',
    attachments: [],
    ...overrides,
  };
}

export function anAppointment(overrides: Partial<AppointmentItem> = {}): AppointmentItem {
  return {
    kind: 'appointment',
    itemId: 'meeting-1',
    subject: 'Quarterly review',
    organizer: { name: 'Sam Okafor', email: 'sam.okafor@bank.example' },
    requiredAttendees: [{ name: 'Priya Shah', email: 'priya.shah@northwind.example' }],
    optionalAttendees: [],
    start: '2025-03-10T10:00:00.000Z',
    end: '2025-03-10T11:00:00.000Z',
    location: 'Room 4',
    bodyText: 'Agenda',
    role: 'attendee',
    ...overrides,
  };
}

export function aClient(overrides: Partial<ClientSummary> = {}): ClientSummary {
  return {
    id: 'client-northwind',
    name: 'Northwind Traders',
    segment: 'commercial',
    ownerId: 'user-sam',
    ownerName: 'Sam Okafor',
    ...overrides,
  };
}

export function aContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'contact-priya',
    clientId: 'client-northwind',
    name: 'Priya Shah',
    email: 'priya.shah@northwind.example',
    role: 'Treasurer',
    ...overrides,
  };
}

/** A match through a known contact, or (with `contact: null`) by domain only. */
export function aMatch(overrides: Partial<ClientMatch> = {}): ClientMatch {
  const client = overrides.client ?? aClient();
  const contact =
    overrides.contact === undefined ? aContact({ clientId: client.id }) : overrides.contact;
  return {
    client,
    contact,
    matchedBy: contact ? 'contact' : 'domain',
    ...overrides,
  };
}

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    id: 'case-1',
    reference: 'CASE-000001',
    version: 1,
    clientId: 'client-northwind',
    clientName: 'Northwind Traders',
    contactId: 'contact-priya',
    type: 'payment_investigation',
    priority: 'normal',
    stage: 'in_progress',
    title: 'Missing payment to supplier',
    description: 'The payment has not arrived.',
    channel: 'email',
    queue: 'payments-ops',
    ownerId: 'user-sam',
    ownerName: 'Sam Okafor',
    createdBy: 'user-dana',
    createdAt: '2025-03-04T10:00:00.000Z',
    updatedAt: '2025-03-04T10:00:00.000Z',
    stageEnteredAt: '2025-03-04T10:00:00.000Z',
    reopenCount: 0,
    blockerReason: null,
    waitingOn: null,
    closeReason: null,
    resolutionSummary: null,
    rootCause: null,
    customerResponse: null,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    materialImpact: false,
    slaState: 'on_track',
    slaDueAt: null,
    ...overrides,
  };
}

/** A running SLA clock due at `dueAt`. */
export function aTimer(overrides: Partial<TimerView> = {}): TimerView {
  return {
    timer: 'resolution',
    state: 'on_track',
    targetMinutes: 4800,
    basis: 'business',
    elapsedMinutes: 60,
    remainingMinutes: 4740,
    dueAt: '2025-03-14T10:00:00.000Z',
    running: true,
    paused: false,
    stoppedAt: null,
    ...overrides,
  };
}

/** A case as `GET /api/cases/:id` answers, with its clocks. */
export function aCaseDetail(
  overrides: Partial<Case> = {},
  timers: TimerView[] = [aTimer()],
): CaseDetail {
  const c = aCase(overrides);
  return {
    ...c,
    clocks: {
      timers,
      worstState: 'on_track',
      ageMinutes: 120,
      stageAgeMinutes: 60,
      stageEnteredAt: c.stageEnteredAt,
    },
    intake: null,
  };
}

export function anEvidenceList(overrides: Partial<EvidenceList> = {}): EvidenceList {
  return {
    items: [],
    checklist: [
      {
        key: 'transaction_record',
        label: 'Transaction record',
        required: true,
        satisfied: true,
        satisfiedBy: ['ev-1'],
      },
      {
        key: 'customer_update',
        label: 'Customer update sent',
        required: true,
        satisfied: false,
        satisfiedBy: [],
      },
    ],
    ...overrides,
  };
}

export function anApproval(overrides: Partial<Approval> = {}): Approval {
  return {
    id: 'ap-1',
    caseId: 'case-1',
    caseReference: 'CASE-000001',
    kind: 'refund',
    amount: '750.00',
    currency: 'EUR',
    policyReference: 'PAY-7',
    rationale: 'Fee charged twice by mistake; refund both.',
    approverRole: 'manager',
    expiresAt: null,
    status: 'pending',
    requestedBy: { id: 'user-sam', name: 'Sam Okafor' },
    requestedAt: '2025-03-04T11:00:00.000Z',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    version: 1,
    ...overrides,
  };
}

export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'ev-1',
    seq: 1,
    at: '2025-03-04T10:00:00.000Z',
    actor: { id: 'user-dana', name: 'Dana Reyes' },
    requestId: 'req-1',
    action: 'case.created',
    entityType: 'case',
    entityId: 'case-1',
    summary: 'Created the case',
    changes: [],
    hash: 'h1',
    ...overrides,
  };
}

type BriefOverrides = {
  client?: Partial<ClientSummary>;
  /** Shorthand for `openItems.cases`: the open cases, as the case list shows them. */
  openCases?: Case[];
} & Partial<Omit<ClientBrief, 'relationshipSnapshot'>>;

/** An open case as the brief lists it, taken from a full case. */
export function anOpenCaseItem(c: Case = aCase()): ClientBrief['openItems']['cases'][number] {
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    type: c.type,
    stage: c.stage,
    priority: c.priority,
    ownerName: c.ownerName,
    stageEnteredAt: c.stageEnteredAt,
    slaState: c.slaState,
    slaDueAt: c.slaDueAt,
  };
}

/** A brief with every section present and, unless overridden, nothing open. */
export function aBrief({ client, openCases = [], ...sections }: BriefOverrides = {}): ClientBrief {
  const summary = aClient(client);
  return {
    generatedAt: '2025-03-04T10:00:00.000Z',
    relationshipSnapshot: {
      client: summary,
      tenure: { clientSince: '2015-06-01', years: 9 },
      products: ['Business current account'],
      keyContacts: [aContact({ clientId: summary.id })],
    },
    recentActivity: { items: [] },
    openItems: {
      cases: openCases.map(anOpenCaseItem),
      followUps: [],
      approvals: [],
      missingEvidence: [],
    },
    accountContext: {
      accounts: [
        {
          id: 'acc-1',
          number: '40-11-22 12345678',
          product: 'Business current account',
          currency: 'GBP',
          balance: '12500.00',
          status: 'active',
        },
      ],
    },
    watchItems: {
      riskRating: 'low',
      restrictions: [],
      vulnerable: false,
      vulnerabilityNote: null,
      nextReviewDate: null,
      complaintHistory: { last12Months: 0, total: 0, openReferences: [] },
      openEscalations: [],
    },
    suggestedActions: { items: [] },
    ...sections,
  };
}

export function aLinkedCase(
  overrides: {
    case?: Partial<Case>;
    matchedBy?: LinkedCase['matchedBy'];
    madeFromThisEmail?: boolean;
  } = {},
): LinkedCase {
  const c = aCase(overrides.case);
  return {
    case: c,
    link: {
      id: `link-${c.id}`,
      caseId: c.id,
      internetMessageId: '<a@northwind.example>',
      conversationId: 'conv-a',
      subject: 'RE: Missing payment to supplier',
      linkedBy: 'user-dana',
      linkedByName: 'Dana Reyes',
      linkedAt: '2025-03-04T10:00:00.000Z',
    },
    matchedBy: overrides.matchedBy ?? 'message',
    madeFromThisEmail: overrides.madeFromThisEmail ?? false,
  };
}
