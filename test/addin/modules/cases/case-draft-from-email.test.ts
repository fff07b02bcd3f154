import { describe, expect, it } from 'vitest';
import {
  caseDraftFromEmail,
  sourceEmailOf,
  titleFromSubject,
} from '../../../../addin/modules/cases/utils/case-draft-from-email';
import { CreateCaseInputSchema } from '../../../../shared/cases/case.schema';
import { aClient, aContact, aMatch, aMessage } from '../../support/fixtures';

describe('titleFromSubject', () => {
  it.each([
    ['RE: Missing payment', 'Missing payment'],
    ['Re: Missing payment', 'Missing payment'],
    ['re:Missing payment', 'Missing payment'],
    ['FW: Missing payment', 'Missing payment'],
    ['Fwd: Missing payment', 'Missing payment'],
    ['AW: Fehlende Zahlung', 'Fehlende Zahlung'],
    ['RE: FW: Re: Fwd: Missing payment', 'Missing payment'],
    ['RE: RE: RE: Missing payment', 'Missing payment'],
    ['  RE :  Missing payment  ', 'Missing payment'],
    ['RE[2]: Missing payment', 'Missing payment'],
  ])('strips reply and forward prefixes: %j → %j', (subject, title) => {
    expect(titleFromSubject(subject)).toBe(title);
  });

  it.each([
    ['Missing payment', 'Missing payment'],
    ['Reminder: card renewal', 'Reminder: card renewal'],
    ['Fwd: Reminder: card renewal', 'Reminder: card renewal'],
    ['Returned payment RE: invoice 42', 'Returned payment RE: invoice 42'],
    ['Fwdmail issue', 'Fwdmail issue'],
  ])('keeps everything after the prefixes: %j → %j', (subject, title) => {
    expect(titleFromSubject(subject)).toBe(title);
  });

  it('gives an empty title for a subject that is only prefixes', () => {
    expect(titleFromSubject('RE: FW: ')).toBe('');
  });

  it('keeps the title within the 300 characters a case title allows', () => {
    expect(titleFromSubject(`RE: ${'x'.repeat(400)}`)).toHaveLength(300);
  });
});

describe('caseDraftFromEmail', () => {
  const item = aMessage({
    subject: 'RE: Missing payment to supplier',
    bodyText: '\n  Hello,\nThe payment <b>has not</b> arrived.\n\nPriya\n  ',
    conversationId: 'conv-a',
    internetMessageId: '<a@northwind.example>',
    from: { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
    receivedAt: '2025-03-04T09:15:00.000Z',
  });

  it('prefills the case from the email and the matched client', () => {
    const match = aMatch({
      client: aClient({ id: 'client-northwind' }),
      contact: aContact({ id: 'contact-priya' }),
    });
    expect(caseDraftFromEmail(item, match)).toEqual({
      clientId: 'client-northwind',
      contactId: 'contact-priya',
      type: '',
      priority: 'normal',
      title: 'Missing payment to supplier',
      description: 'Hello,\nThe payment <b>has not</b> arrived.\n\nPriya',
      channel: 'email',
      sourceEmail: {
        internetMessageId: '<a@northwind.example>',
        conversationId: 'conv-a',
        subject: 'RE: Missing payment to supplier',
        from: { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
        receivedAt: '2025-03-04T09:15:00.000Z',
      },
    });
  });

  it('leaves the contact out when the client matched by domain only', () => {
    const draft = caseDraftFromEmail(item, aMatch({ contact: null }));
    expect(draft).not.toHaveProperty('contactId');
    expect(draft.clientId).toBe('client-northwind');
  });

  it('uses the plain-text body as it is, never interpreting markup', () => {
    const draft = caseDraftFromEmail(
      aMessage({ bodyText: '<img src=x onerror=alert(1)>' }),
      aMatch(),
    );
    expect(draft.description).toBe('<img src=x onerror=alert(1)>');
  });

  it('cuts the description to the 20000 characters a case allows', () => {
    const draft = caseDraftFromEmail(aMessage({ bodyText: 'a'.repeat(25_000) }), aMatch());
    expect(draft.description).toHaveLength(20_000);
  });

  it('sends no conversation id when the email has none', () => {
    expect(sourceEmailOf(aMessage({ conversationId: '' })).conversationId).toBeNull();
  });

  it('once the user picks a type, is a valid CreateCaseInput', () => {
    const draft = caseDraftFromEmail(item, aMatch());
    const parsed = CreateCaseInputSchema.safeParse({ ...draft, type: 'payment_investigation' });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      type: 'payment_investigation',
      priority: 'normal',
      channel: 'email',
    });
  });

  it('is valid too for a domain-only match, an email without conversation id and a long body', () => {
    const draft = caseDraftFromEmail(
      aMessage({ conversationId: '', bodyText: 'b'.repeat(30_000) }),
      aMatch({ contact: null }),
    );
    expect(CreateCaseInputSchema.safeParse({ ...draft, type: 'complaint' }).success).toBe(true);
  });

  it('is not a valid CreateCaseInput before a type is chosen', () => {
    const draft = caseDraftFromEmail(item, aMatch());
    expect(CreateCaseInputSchema.safeParse(draft).success).toBe(false);
  });
});
