import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabeledFile } from '../../../server/intake/evaluate';

// A regression guard, not a target: achieved figures minus a small margin.
// Dev (60): caseType 0.98, macroF1 0.98, priority 0.98, entities 1.00, missing 1.00.
// Train (144): caseType 0.96, macroF1 0.96, priority 0.92, entities 0.97, missing 0.88.
const fixture = (name: string) =>
  parseLabeledFile(readFileSync(join(__dirname, '../../fixtures/intake', name), 'utf8'));

describe('intake evaluation', () => {
  it('keeps the dev-set figures', () => {
    const r = evaluate(fixture('intake-dev.jsonl'));
    expect(r.n).toBe(60);
    expect(r.caseTypeAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.93);
    expect(r.priorityAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.entitiesF1).toBeGreaterThanOrEqual(0.97);
    expect(r.missingF1).toBeGreaterThanOrEqual(0.93);
  });

  it('keeps the training-set figures', () => {
    const r = evaluate(fixture('intake-train.jsonl'));
    expect(r.caseTypeAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(r.priorityAccuracy).toBeGreaterThanOrEqual(0.87);
    expect(r.entitiesF1).toBeGreaterThanOrEqual(0.94);
    expect(r.missingF1).toBeGreaterThanOrEqual(0.83);
  });
});
