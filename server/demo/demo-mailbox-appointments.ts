import type { AppointmentItem } from '../../shared/mailbox/mailbox-item.schema';
import { bank, people } from './demo-mailbox-people';

// Demo meetings: a private-banking family review Amelia organised, a commercial
// client's facility review Rahul is invited to, and a workshop with contacts
// from two clients (both Calder entities) and the bank's own staff.

export const demoAppointments: AppointmentItem[] = [
  {
    kind: 'appointment',
    itemId: 'demo-apt-001',
    subject: 'Ashworth family – annual review',
    organizer: bank.amelia,
    requiredAttendees: [people.charlesAshworth, people.helenaAshworth],
    optionalAttendees: [people.imogenAshworth, people.victorLang],
    start: '2026-11-17T14:00:00Z',
    end: '2026-11-17T15:30:00Z',
    location: 'Northbridge Private Banking, 14 Gresham Row, London – Meeting Room 3',
    bodyText: `Dear Charles and Helena,

Looking forward to seeing you both, and Imogen if she can join. Victor is welcome to dial in.

Agenda
1. Portfolio performance year to date and the balanced mandate (DPM-300118)
2. USD call deposit: keep, convert or invest?
3. Private mortgage: the fixed rate ends in January 2027; options, and early repayment
4. Imogen: additional cardholder on the private current account
5. Estate planning: introduction to our trust and estate team (optional)
6. Any other business

The portfolio report to 31 October went to you by secure message on 12 November.

Amelia`,
    role: 'organizer',
  },
  {
    kind: 'appointment',
    itemId: 'demo-apt-002',
    subject: 'Kestrel Precision – annual facility review',
    organizer: people.raviDesai,
    requiredAttendees: [bank.rahul, people.joannaPike],
    optionalAttendees: [],
    start: '2026-11-24T10:00:00Z',
    end: '2026-11-24T11:30:00Z',
    location: 'Kestrel Precision Engineering, Unit 7 Don Valley Works, Sheffield',
    bodyText: `Rahul,

As agreed on the phone, here is the agenda for our annual review.

1. Management accounts to 30 September and the order book for 2027
2. Invoice finance facility (IF-40288): renewal, and an increase to £500k
3. USD account: hedging our receipts from US customers
4. October CHAPS charges after the Bacs file rejection: update on the refund
5. Online banking: adding Kirsty Wallace as a payments approver

There is parking in front of Unit 7; please sign in at reception.

Ravi`,
    role: 'attendee',
  },
  {
    kind: 'appointment',
    itemId: 'demo-apt-003',
    subject: 'Calder Group – cash pooling and payments workshop',
    organizer: bank.rahul,
    requiredAttendees: [people.ingridSolberg, people.hannahBirch, bank.tom, bank.sofia],
    optionalAttendees: [bank.grace],
    start: '2026-11-26T13:00:00Z',
    end: '2026-11-26T15:00:00Z',
    location: 'Northbridge Glasgow office, 5th floor, Room Clyde (Teams link below)',
    bodyText: `Ingrid, Hannah,

Thank you for making time for this. Tom (Payments Operations) and Sofia (Service Operations) will join from our side, and Grace if she can.

Agenda
1. Today's set-up: two entities, separate accounts and payment limits
2. Notional cash pooling between Holdings and Logistics: how it works, and the legal and tax points to check with your advisers
3. Payments: Bacs limits, CHAPS cut-offs, and who approves what in each entity
4. Direct debits and mandates: which entity pays for shared sites (for example the new Motherwell depot)
5. Next steps and the documents we would need

Join on Teams: meeting ID 381 442 907 615, passcode Cd7Wq2

Rahul`,
    role: 'attendee',
  },
];
