import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../server/intake/entities/extract-entities';
import { isValidIban } from '../../../server/intake/entities/iban';

describe('IBAN checksum', () => {
  it('accepts valid IBANs, compact or grouped', () => {
    expect(isValidIban('GB29NWBK60161331926819')).toBe(true);
    expect(isValidIban('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(isValidIban('SE8650003849687045599600')).toBe(true);
  });

  it('rejects a changed digit or the wrong length for the country', () => {
    expect(isValidIban('GB29NWBK60161331926818')).toBe(false);
    expect(isValidIban('GB29NWBK6016133192681')).toBe(false);
  });

  it('extracts only IBANs whose checksum holds, as written', () => {
    const e = extractEntities('Pay GB29 NWBK 6016 1331 9268 19 not GB28NWBK60161331926819.');
    expect(e.ibans).toEqual(['GB29 NWBK 6016 1331 9268 19']);
  });
});

describe('amounts', () => {
  it('keeps the currency and scale as written', () => {
    const e = extractEntities(
      'Facility of £4m, fee 18.5p, range USD 4–6m, sent EUR 1,200.50 and £9m+ AUM.',
    );
    expect(e.amounts).toEqual(['£4m', '18.5p', 'USD 4–6m', 'EUR 1,200.50', '£9m']);
  });

  it('ignores percentages and basis points', () => {
    expect(
      extractEntities('Rate 4.75% AER, 6 bps flat, 3.5 bps on the balance').amounts,
    ).toBeUndefined();
  });
});

describe('dates', () => {
  it('finds day-month forms, ordinals, months, 14-Oct and ranges', () => {
    const e = extractEntities(
      'Due the 28th, paid 1 October, back in June, value 14-Oct, away 2–5 October, on 19/10/2026.',
    );
    expect(e.dates).toEqual(['28th', '1 October', 'June', '14-Oct', '2–5 October', '19/10/2026']);
  });

  it('skips weekdays, relative words, bare years, tax years, quarters and floor numbers', () => {
    const e = extractEntities(
      'See you Tuesday, it happened yesterday, opened 2014, the 2025/26 tax year, Q3 results, 4th floor kitchen.',
    );
    expect(e.dates).toBeUndefined();
  });

  it('drops the weekday from "Monday 9 November"', () => {
    expect(extractEntities('returning Monday 9 November').dates).toEqual(['9 November']);
  });
});

describe('identifiers', () => {
  it('reads card last four, accounts by context and policy numbers', () => {
    const e = extractEntities(
      'Card ending 4471, last four 1234. Mortgage number 50-7810036, portfolio P-0057719, policy MTR-5528107.',
    );
    expect(e.cardLast4).toEqual(['4471', '1234']);
    expect(e.accountNumbers).toEqual(['50-7810036', 'P-0057719']);
    expect(e.policyNumbers).toEqual(['MTR-5528107']);
  });

  it('reads payment references and UETRs but not complaint refs, sort codes or phone numbers', () => {
    const e = extractEntities(
      'message ref NBPH-OUT-20261006-002215, UETR 3f9a2c1e-8b4d-4e6f-9a1b-2c3d4e5f6a7b, complaint CMP-448120, sort code 20-45-71, call 07700 900219.',
    );
    expect(e.transactionRefs).toEqual([
      'NBPH-OUT-20261006-002215',
      '3f9a2c1e-8b4d-4e6f-9a1b-2c3d4e5f6a7b',
    ]);
    expect(e.accountNumbers).toBeUndefined();
  });
});
