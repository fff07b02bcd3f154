import { describe, expect, it } from 'vitest';
import { analyzeEmail } from '../../../server/intake/analyze';

const email = (subject: string, bodyText: string, fromEmail = 'pat@postmail.example') =>
  analyzeEmail({
    subject,
    bodyText,
    from: { name: 'Pat', email: fromEmail },
    attachmentNames: [],
    to: ['service@bank.example'],
  });

describe('dominant intent', () => {
  it('calls a complaint that mentions a missing payment a complaint', () => {
    const r = email(
      'Payment lost',
      'I sent £900 to my son on 9 October and it never arrived. I am disgusted and want to make a formal complaint. Account 38810027.',
    );
    expect(r.caseType).toBe('complaint');
    expect(r.priority).toBe('high');
  });

  it('calls a calm fee refund an operational correction', () => {
    const r = email(
      'Fee',
      'I was charged a £25 unpaid item fee on account 47721309 but the direct debit was paid. Could you refund the fee please?',
    );
    expect(r.caseType).toBe('operational_correction');
  });

  it('calls an RM asking to waive a fee an internal approval', () => {
    const r = email(
      'Fee waiver',
      "Can I get approval to waive the £1,500 arrangement fee on the client's new loan? They are moving their banking to us.\n\nRachel\nRelationship Manager",
      'rachel@bank.example',
    );
    expect(r.caseType).toBe('internal_approval');
  });

  it('calls staff asking for records a document request', () => {
    const r = email(
      'Records',
      'Please retrieve the account notes and call records for account 42290175 before the ombudsman deadline.\n\nGail\nComplaints Team',
      'gail@bank.example',
    );
    expect(r.caseType).toBe('document_request');
  });

  it('treats a stolen phone as urgent account maintenance', () => {
    const r = email(
      'stolen',
      'Block my account please, my phone was stolen last night. Account 59930418.',
    );
    expect(r.caseType).toBe('account_maintenance');
    expect(r.priority).toBe('urgent');
  });

  it('treats an out-of-office as no_case, low, with nothing missing', () => {
    const r = email(
      'Automatic reply: query',
      'I am on annual leave until 16 November with limited access to email.',
    );
    expect(r).toMatchObject({ caseType: 'no_case', priority: 'low', missing: [] });
  });
});

describe('analysis output', () => {
  it('gives confidences that sum to one, a summary from the text and the phrases used', () => {
    const r = email(
      'Recall please',
      'I just paid £2,300 to the wrong account. Please recall it today. My account is 12093385.',
    );
    const total = Object.values(r.confidence).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 2);
    expect(r.summary).toContain('I just paid £2,300 to the wrong account.');
    expect(r.explanation.some((e) => e.startsWith('payment_investigation:'))).toBe(true);
    expect(r.missing).toContain('transaction_reference');
  });
});
