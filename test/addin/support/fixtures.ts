import type { Case } from '../../../shared/cases/case.schema';
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

export function aBrief(
  overrides: { client?: Partial<ClientBrief['client']>; openCases?: Case[] } = {},
): ClientBrief {
  const summary = aClient(overrides.client);
  return {
    client: {
      ...summary,
      clientSince: '2015-06-01',
      riskRating: 'low',
      contacts: [aContact({ clientId: summary.id })],
      ...overrides.client,
    },
    openCases: overrides.openCases ?? [],
  };
}

export function aLinkedCase(
  overrides: { case?: Partial<Case>; matchedBy?: LinkedCase['matchedBy'] } = {},
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
  };
}
