import { describe, expect, it } from 'vitest';
import { prepareEmail } from '../../../server/intake/prepare-text';

describe('prepareEmail', () => {
  it('separates the new text from quoted history and the signature', () => {
    const p = prepareEmail(
      'Re: statement',
      'Thanks, that arrived.\n\nKind regards,\nJulie Marsh\n07700 900111\n\nOn Tue, 3 Nov 2026 at 10:14, Service <s@bank.example> wrote:\n> Please send your account number.\n> We will look into it.',
    );
    expect(p.newText).toBe('Thanks, that arrived.');
    expect(p.signature).toContain('Julie Marsh');
    expect(p.quoted).toContain('Please send your account number');
    expect(p.forwarded).toBe(false);
  });

  it('cuts Outlook "From: … Sent: …" history and "--" signatures', () => {
    const p = prepareEmail(
      'x',
      'New ask here.\n--\nDisclaimer text\n\nFrom: Someone\nSent: Monday\nTo: me\nSubject: old\n\nOld text',
    );
    expect(p.newText).toBe('New ask here.');
    expect(p.quoted).toContain('Old text');
  });

  it('reads the forwarded client email under an RM note', () => {
    const p = prepareEmail(
      'FW: Card machines down',
      'Forwarding a complaint from our client, please log it.\n\nLiam\n\n-----Original Message-----\nFrom: Ruth <ruth@client.example>\nSent: 4 November\nTo: Liam\nSubject: Card machines\n\nOur terminals have been down for two days. This is unacceptable.\n\nRuth Green',
    );
    expect(p.forwarded).toBe(true);
    expect(p.forwardedText).toBe(
      'Our terminals have been down for two days. This is unacceptable.',
    );
  });
});
