import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evaluateMeetingNotes,
  meetingSummaryLine,
  overlap,
  parseLabeledNotes,
} from '../../../../server/intake/meeting-notes/evaluate';

const load = (name: string) =>
  parseLabeledNotes(readFileSync(`test/fixtures/meetings/${name}`, 'utf8'));

describe('meeting-notes evaluation', () => {
  it('matches statements by word overlap', () => {
    expect(overlap('We will send the pack by Friday', 'we will send the pack by Friday.')).toBe(1);
    expect(overlap('We will send the pack', 'Client asked about fees')).toBeLessThan(0.5);
  });

  it('has at least 45 labeled notes across the four sectors, some with nothing to extract', () => {
    const notes = load('meeting-notes.jsonl');
    expect(notes.length).toBeGreaterThanOrEqual(45);
    expect(new Set(notes.map((n) => n.sector))).toEqual(
      new Set(['wealth', 'lending', 'insurance', 'retail']),
    );
    const empty = notes.filter(
      (n) => n.label.promises.length + n.label.asks.length + n.label.decisions.length === 0,
    );
    expect(empty.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the held-out figures docs/intake.md reports', () => {
    const report = evaluateMeetingNotes(load('meeting-notes-test.jsonl'));
    expect(report.n).toBe(16);
    expect(meetingSummaryLine(report)).toBe(
      'promises F1=0.91 asks F1=0.90 decisions F1=0.59 micro F1=0.83 owner accuracy=0.89 due-date accuracy=0.98 n=16',
    );
  });
});
