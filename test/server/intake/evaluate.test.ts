import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabeledFile } from '../../../server/intake/evaluate';

// A regression guard, not a target: achieved figures minus a small margin.
// Dev (60): caseType 0.98, macroF1 0.98, priority 0.98, entities 1.00, missing 1.00.
// Train (144): caseType 0.97, macroF1 0.97, priority 0.96, entities 0.98, missing 0.98.
// Train-2 (288, trained on): caseType 0.98, priority 0.89, entities 0.97, missing 0.83.
// Holdout (67) and blind (30): the rules were improved on their first-run errors, so they guard,
// they do not measure. Fresh (29) and fresh-2 (45) were never trained on, but their errors were read
// before the train-2 round (first runs 0.76 and 0.67 case type; now 0.90 and 0.91). Fresh-3 (30) was
// scored once, after the last change: caseType 0.97, priority 0.77 (docs/intake.md).
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
    expect(r.caseTypeAccuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.priorityAccuracy).toBeGreaterThanOrEqual(0.91);
    expect(r.entitiesF1).toBeGreaterThanOrEqual(0.95);
    expect(r.missingF1).toBeGreaterThanOrEqual(0.93);
  });

  it('keeps the held-out set figures', () => {
    const r = evaluate(fixture('intake-holdout.jsonl'));
    expect(r.n).toBe(67);
    expect(r.caseTypeAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.95);
    expect(r.priorityAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.entitiesF1).toBeGreaterThanOrEqual(0.96);
    expect(r.missingF1).toBeGreaterThanOrEqual(0.93);
  });

  it('keeps the second training set figures', () => {
    const r = evaluate(fixture('intake-train-2.jsonl'));
    expect(r.n).toBe(288);
    expect(r.caseTypeAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(r.priorityAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(r.entitiesF1).toBeGreaterThanOrEqual(0.94);
    expect(r.missingF1).toBeGreaterThanOrEqual(0.78);
  });

  it('keeps the fresh-2 and fresh-3 figures', () => {
    const fresh2 = evaluate(fixture('intake-fresh-2.jsonl'));
    expect(fresh2.n).toBe(45);
    expect(fresh2.caseTypeAccuracy).toBeGreaterThanOrEqual(0.86);
    expect(fresh2.priorityAccuracy).toBeGreaterThanOrEqual(0.7);
    expect(fresh2.entitiesF1).toBeGreaterThanOrEqual(0.9);
    const fresh3 = evaluate(fixture('intake-fresh-3.jsonl'));
    expect(fresh3.n).toBe(30);
    expect(fresh3.caseTypeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(fresh3.priorityAccuracy).toBeGreaterThanOrEqual(0.7);
    expect(fresh3.entitiesF1).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the blind and fresh set figures', () => {
    const blind = evaluate(fixture('intake-blind.jsonl'));
    expect(blind.caseTypeAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(blind.priorityAccuracy).toBeGreaterThanOrEqual(0.9);
    const fresh = evaluate(fixture('intake-fresh.jsonl'));
    expect(fresh.n).toBe(29);
    expect(fresh.caseTypeAccuracy).toBeGreaterThanOrEqual(0.86);
    expect(fresh.priorityAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(fresh.entitiesF1).toBeGreaterThanOrEqual(0.95);
  });
});
