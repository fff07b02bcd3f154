import { describe, it, expect } from 'vitest';
import { isPublicMailDomain } from '../../../server/clients/public-mail-domains';
import { demoData } from '../../../server/demo/demo-data';
import {
  MailboxItemSchema,
  type MailboxItem,
  type MessageItem,
} from '../../../shared/mailbox/mailbox-item.schema';
import { CaseTypeSchema, StageSchema } from '../../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../../shared/cases/case-types';
import { caseHistory } from '../../../server/demo/demo-clock';
import { SegmentSchema } from '../../../shared/clients/client.schema';

const { users, clients, cases, mailbox } = demoData;
const contacts = clients.flatMap((client) => client.contacts.map((c) => ({ ...c, client })));
const accounts = clients.flatMap((client) => client.accounts);
const messages = mailbox.filter((item): item is MessageItem => item.kind === 'message');
const bankDomain = 'northbridge.example';
/** The Saturday the demo mailbox's emails lead up to. */
const mailboxDay = new Date('2026-11-21T12:00:00Z');

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

const contactByEmail = new Map(contacts.map((c) => [c.email.toLowerCase(), c]));

/** The clients a sender would match by company domain (public mail domains match nobody). */
function clientsMatchingDomain(email: string): Set<string> {
  const domain = domainOf(email);
  if (isPublicMailDomain(domain)) return new Set();
  return new Set(contacts.filter((c) => domainOf(c.email) === domain).map((c) => c.client.id));
}

function participants(item: MailboxItem): { name: string; email: string }[] {
  return item.kind === 'message'
    ? [item.from, ...item.to, ...item.cc]
    : [item.organizer, ...item.requiredAttendees, ...item.optionalAttendees];
}

describe('demo data: ids', () => {
  it('has unique ids within each kind of record', () => {
    expect(duplicates(users.map((u) => u.id))).toEqual([]);
    expect(duplicates(clients.map((c) => c.id))).toEqual([]);
    expect(duplicates(contacts.map((c) => c.id))).toEqual([]);
    expect(duplicates(accounts.map((a) => a.id))).toEqual([]);
    expect(duplicates(accounts.map((a) => a.number))).toEqual([]);
    expect(duplicates(cases.map((c) => c.id))).toEqual([]);
    expect(duplicates(mailbox.map((m) => m.itemId))).toEqual([]);
    expect(duplicates(messages.map((m) => m.internetMessageId))).toEqual([]);
    expect(duplicates(messages.flatMap((m) => m.attachments.map((a) => a.id)))).toEqual([]);
  });

  it('keeps the fixed user ids the rest of the app relies on', () => {
    expect(users.map((u) => u.id).sort()).toEqual(
      [
        'u-ad-nadia',
        'u-au-owen',
        'u-mg-grace',
        'u-rm-amelia',
        'u-rm-rahul',
        'u-sa-sofia',
        'u-sa-tom',
      ].sort(),
    );
    for (const user of users) expect(domainOf(user.email)).toBe(bankDomain);
  });
});

describe('demo data: clients and contacts', () => {
  it('gives every contact a unique, lowercase address on an .example domain', () => {
    const emails = contacts.map((c) => c.email);
    expect(duplicates(emails)).toEqual([]);
    for (const email of emails) {
      expect(email).toBe(email.toLowerCase());
      expect(email).toMatch(/^[^@\s]+@[a-z0-9.-]+\.example$/);
      expect(domainOf(email)).not.toBe(bankDomain);
    }
  });

  it('has enough clients and contacts, with every segment represented', () => {
    expect(clients.length).toBeGreaterThanOrEqual(25);
    expect(contacts.length).toBeGreaterThanOrEqual(60);
    for (const segment of SegmentSchema.options) {
      expect(clients.filter((c) => c.segment === segment).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives every client 1 to 4 accounts and at least one contact', () => {
    for (const client of clients) {
      expect(client.contacts.length).toBeGreaterThan(0);
      expect(client.accounts.length).toBeGreaterThanOrEqual(1);
      expect(client.accounts.length).toBeLessThanOrEqual(4);
      for (const account of client.accounts) expect(account.balance).toMatch(/^-?\d+\.\d{2}$/);
    }
  });

  it('has each client owned by a relationship manager, and both RMs own several', () => {
    const rms = users.filter((u) => u.roles.includes('relationship_manager')).map((u) => u.id);
    for (const client of clients) expect(rms).toContain(client.ownerId);
    for (const rm of ['u-rm-amelia', 'u-rm-rahul']) {
      expect(clients.filter((c) => c.ownerId === rm).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has at least one company domain shared by two clients', () => {
    const domains = new Set(contacts.map((c) => domainOf(c.email)));
    const shared = [...domains].filter(
      (d) => !isPublicMailDomain(d) && clientsMatchingDomain(`x@${d}`).size >= 2,
    );
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('demo data: cases', () => {
  const userIds = new Set(users.map((u) => u.id));

  it('refers only to existing clients, contacts of that client, and users', () => {
    for (const seedCase of cases) {
      const client = clients.find((c) => c.id === seedCase.clientId);
      expect(client, seedCase.id).toBeDefined();
      if (seedCase.contactId !== null) {
        expect(
          client?.contacts.map((c) => c.id),
          seedCase.id,
        ).toContain(seedCase.contactId);
      }
      if (seedCase.ownerId !== null) expect(userIds.has(seedCase.ownerId), seedCase.id).toBe(true);
      expect(userIds.has(seedCase.createdBy), seedCase.id).toBe(true);
    }
  });

  it('spreads over every case type and stage, the cases of each type on that type’s queue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases.length).toBeLessThanOrEqual(20);
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(CaseTypeSchema.options));
    expect(new Set(cases.map((c) => c.stage))).toEqual(new Set(StageSchema.options));
    for (const seedCase of cases) {
      expect(seedCase.queue, seedCase.id).toBe(caseTypeDefinition(seedCase.type).queue);
    }
  });

  it('keeps cs-001 … cs-013 and numbers the cases in id order', () => {
    const ids = cases.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    for (let n = 1; n <= 13; n++) expect(ids).toContain(`cs-${String(n).padStart(3, '0')}`);
  });

  it('links exactly two cases to distinct mailbox emails that arrived before the case', () => {
    const linked = cases.filter((c) => c.sourceMessageId !== null);
    expect(linked.map((c) => [c.id, c.sourceMessageId])).toEqual([
      ['cs-003', messages.find((m) => m.itemId === 'demo-msg-001')?.internetMessageId],
      ['cs-004', messages.find((m) => m.itemId === 'demo-msg-002')?.internetMessageId],
    ]);
    for (const seedCase of linked) {
      const message = messages.find((m) => m.internetMessageId === seedCase.sourceMessageId);
      expect(message, seedCase.id).toBeDefined();
      if (!message) continue;
      // Case times follow the clock; on the demo mailbox's own day they come after the email.
      const openedAt = caseHistory(seedCase, mailboxDay).createdAt.toISOString();
      expect(message.receivedAt <= openedAt, seedCase.id).toBe(true);
      expect(contactByEmail.get(message.from.email)?.client.id).toBe(seedCase.clientId);
    }
  });
});

describe('demo data: mailbox', () => {
  it('parses every item with the shared schema, unchanged', () => {
    for (const item of mailbox) expect(MailboxItemSchema.parse(item)).toEqual(item);
  });

  it('holds about 16 emails and 3 meetings, newest first', () => {
    expect(messages.length).toBeGreaterThanOrEqual(14);
    expect(mailbox.filter((i) => i.kind === 'appointment')).toHaveLength(3);
    const times = mailbox.map((i) => (i.kind === 'message' ? i.receivedAt : i.start));
    expect(times).toEqual([...times].sort().reverse());
    for (const m of messages) {
      expect(m.receivedAt >= '2026-11-16' && m.receivedAt < '2026-11-22', m.itemId).toBe(true);
      expect(m.receivedAt.endsWith('Z')).toBe(true);
      expect(m.internetMessageId).toMatch(/^<[^<>\s]+@[^<>\s]+>$/);
    }
  });

  it('uses seed contacts’ exact addresses for everyone outside the bank, bar the strangers', () => {
    const strangers = new Set<string>();
    for (const item of mailbox) {
      for (const person of participants(item)) {
        const email = person.email;
        expect(email, item.itemId).toBe(email.toLowerCase());
        if (domainOf(email) === bankDomain) continue;
        const contact = contactByEmail.get(email);
        if (contact) expect(person.name, item.itemId).toBe(contact.name);
        else strangers.add(email);
      }
    }
    // Only the unknown sender and the shared-domain sender are not contacts.
    expect(strangers.size).toBeLessThanOrEqual(2);
    for (const email of strangers) {
      expect(messages.some((m) => m.from.email === email)).toBe(true);
    }
  });

  it('has a sender the bank does not know at all', () => {
    const unknown = messages.filter(
      (m) =>
        domainOf(m.from.email) !== bankDomain &&
        !contactByEmail.has(m.from.email) &&
        clientsMatchingDomain(m.from.email).size === 0,
    );
    expect(unknown.length).toBeGreaterThan(0);
  });

  it('has a sender who is no contact but whose domain matches two clients', () => {
    const ambiguous = messages.filter(
      (m) => !contactByEmail.has(m.from.email) && clientsMatchingDomain(m.from.email).size >= 2,
    );
    expect(ambiguous.length).toBeGreaterThan(0);
  });

  it('has a later email in the conversation of an email already on a case', () => {
    const linkedIds = new Set(cases.map((c) => c.sourceMessageId));
    const linked = messages.filter((m) => linkedIds.has(m.internetMessageId));
    const followUps = messages.filter(
      (m) =>
        !linkedIds.has(m.internetMessageId) &&
        linked.some((l) => l.conversationId === m.conversationId && l.receivedAt < m.receivedAt),
    );
    expect(followUps.length).toBeGreaterThan(0);
  });

  it('has appointments both organised and attended', () => {
    const roles = mailbox.flatMap((i) => (i.kind === 'appointment' ? [i.role] : []));
    expect(roles).toContain('organizer');
    expect(roles).toContain('attendee');
  });
});
