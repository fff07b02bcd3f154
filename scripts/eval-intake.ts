/**
 * Scores the intake analyzer on a labeled JSONL file.
 * Run with `npm run eval:intake -- test/fixtures/intake/intake-dev.jsonl`; add `--errors` to list misclassified emails.
 * The last line printed is the summary line the issue asks for.
 */
import { readFileSync } from 'node:fs';
import {
  evaluate,
  parseLabeledFile,
  summaryLine,
  type LabelStats,
} from '../server/intake/evaluate';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval:intake -- <file.jsonl> [--errors]');
  process.exit(2);
}

const report = evaluate(parseLabeledFile(readFileSync(file, 'utf8')));
const table = (title: string, rows: LabelStats[]) => {
  console.log(title);
  for (const s of [...rows].sort((a, b) => a.label.localeCompare(b.label)))
    console.log(`  ${s.label.padEnd(24)} tp=${s.tp} fp=${s.fp} fn=${s.fn} F1=${s.f1.toFixed(2)}`);
};
table('Case type (per label):', report.perLabel);
table('Entities (per key):', report.perEntityKey);
table('Missing (per value):', report.perMissing);
if (args.includes('--errors'))
  for (const e of report.errors) console.log(`  ${e.id}: expected ${e.expected}, got ${e.got}`);
console.log(summaryLine(report));
