/**
 * Scores the meeting-notes extractor on a labeled JSONL file.
 * Run with `npm run eval:meetings -- test/fixtures/meetings/meeting-notes-train.jsonl`; add `--errors` to list what it missed or got wrong.
 * The last line printed is the summary line.
 */
import { readFileSync } from 'node:fs';
import {
  evaluateMeetingNotes,
  meetingSummaryLine,
  parseLabeledNotes,
} from '../server/intake/meeting-notes/evaluate';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval:meetings -- <file.jsonl> [--errors]');
  process.exit(2);
}

const report = evaluateMeetingNotes(parseLabeledNotes(readFileSync(file, 'utf8')));
const f = (x: number) => x.toFixed(2);
console.log(`Notes: ${report.n}`);
console.log('Per kind:');
for (const k of report.perKind)
  console.log(
    `  ${k.kind.padEnd(10)} tp=${k.tp} fp=${k.fp} fn=${k.fn} P=${f(k.precision)} R=${f(k.recall)} F1=${f(k.f1)}`,
  );
const agree = (label: string, a: { right: number; of: number; accuracy: number }) =>
  console.log(`  ${label.padEnd(26)} ${a.right}/${a.of} = ${f(a.accuracy)}`);
console.log('On matched items:');
agree('owner (all kinds)', report.owner);
agree('owner (promises)', report.promiseOwner);
agree('due date (all kinds)', report.dueDate);
agree('due date (promises)', report.promiseDueDate);
if (args.includes('--errors'))
  for (const e of report.errors) console.log(`  ${e.id} ${e.kind}: ${e.problem}: ${e.text}`);
console.log(meetingSummaryLine(report));
