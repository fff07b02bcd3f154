import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../../server/intake/analyze';
import { extractEntities } from '../../../server/intake/entities/extract-entities';
import { prepareEmail } from '../../../server/intake/prepare-text';

const analyze = (subject: string, bodyText: string, email = 'someone@postmail.example') =>
  analyzeEmail({ subject, bodyText, from: { name: 'Sender', email }, attachmentNames: [] });

describe('intake robustness', () => {
  it("ignores a legal footer's complaint and Ombudsman wording", () => {
    const body =
      'Please correct the address on account 28830176; it was keyed as 14 Mill Lane.\n\nDaniel\n\nThis email is confidential. If you have received it in error, please delete it. Northbridge Bank plc is authorised by the PRA and regulated by the Financial Conduct Authority. Eligible complainants may refer complaints to the Financial Ombudsman Service.';
    expect(prepareEmail('Address keyed wrongly', body).newText).not.toMatch(/Ombudsman/);
    expect(analyze('Address keyed wrongly', body).caseType).toBe('operational_correction');
  });

  it('reads European decimal commas and amounts written in words', () => {
    expect(extractEntities('interest charged 12,40 EUR and a fee of €1.200,50').amounts).toEqual([
      '12,40 EUR',
      '€1.200,50',
    ]);
    expect(extractEntities('I make transfer of 500 pound to my brother').amounts).toEqual([
      '500 pound',
    ]);
    expect(extractEntities('a payment of £1,200 and £35, then').amounts).toEqual(['£1,200', '£35']);
  });

  it('leaves out the dates of quoted mail headers and complaint references', () => {
    const entities = extractEntities(
      'Thanks, noted.\n\nOn 18 Nov 2026, at 16:40, Service <s@bank.example> wrote:\n> Sent: 17 November 2026 11:20\n> Your review is on 12 December. Complaint (your reference CMP-448812).',
    );
    expect(entities.dates).toEqual(['12 December']);
    expect(entities.transactionRefs).toBeUndefined();
  });

  it('reads plain requests from non-native and hurried writers', () => {
    expect(analyze('adress', 'hi can u change my adress pls moved last month').caseType).toBe(
      'account_maintenance',
    );
    expect(
      analyze(
        'Money not reach',
        'I make transfer of 500 pound to my brother on Monday, until now he not receive it.',
      ).caseType,
    ).toBe('payment_investigation');
    expect(
      analyze(
        'Re: system error',
        "Great. Another 'system error'. Another fee. Another week of my life wasted on hold.",
      ).caseType,
    ).toBe('complaint');
  });

  it('asks for a reason only when an approval request is a bare one-liner', () => {
    const staff = (body: string) =>
      analyzeEmail({
        subject: 'approval',
        bodyText: body,
        from: { name: 'Sara', email: 'sara@northbridge.example' },
        to: ['pricing@northbridge.example'],
        attachmentNames: [],
      });
    expect(
      staff('Can I go to 4.25% on the 2-year fixed for the Okonkwo family?\n\nSara').missing,
    ).toEqual(['reason']);
    expect(
      staff(
        'Seeking approval to write off the residual balance of £87.14 on closed account 12049981. The customer has died and the estate is insolvent.',
      ).missing,
    ).toEqual([]);
  });
});
