import { describe, expect, it } from 'vitest';
import { AnalyzeEmailInputSchema, IntakeLabelSchema } from '../../../shared/intake/intake.schema';

describe('intake schemas', () => {
  it('offers the six case types plus no_case', () => {
    expect(IntakeLabelSchema.options).toHaveLength(7);
    expect(IntakeLabelSchema.options).toContain('no_case');
  });

  it('defaults attachment names to an empty list', () => {
    const parsed = AnalyzeEmailInputSchema.parse({
      subject: 's',
      bodyText: 'b',
      from: { name: 'n', email: 'n@x.example' },
    });
    expect(parsed.attachmentNames).toEqual([]);
  });
});
