import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../../addin/modules/brief/utils/format-decimal';

describe('formatDecimal', () => {
  it.each([
    ['12500.00', '12,500.00'],
    ['-250.50', '-250.50'],
    ['100000', '100,000'],
    ['1234567.891', '1,234,567.891'],
    ['0.00', '0.00'],
  ])('groups %s as %s without losing digits', (value, expected) => {
    expect(formatDecimal(value)).toBe(expected);
  });

  it('leaves a value that is not a decimal string as it is', () => {
    expect(formatDecimal('n/a')).toBe('n/a');
  });
});
