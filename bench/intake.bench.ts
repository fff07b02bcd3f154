/**
 * Rough speed check for intake analysis, not a test: analyses each dev-set email
 * (a typical mix of lengths, some with history) 2,000 times in all and prints mean and p95.
 * Run with `npx tsx bench/intake.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeEmail } from '../server/intake/analyze';
import { parseLabeledFile } from '../server/intake/evaluate';

const RUNS = 2_000;
const emails = parseLabeledFile(readFileSync('test/fixtures/intake/intake-dev.jsonl', 'utf8'));
const inputs = emails.map((e) => ({
  subject: e.subject,
  bodyText: e.body,
  from: e.from,
  attachmentNames: [],
  to: e.to,
}));

for (const input of inputs) analyzeEmail(input); // warm up the JIT and regex caches
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const input = inputs[i % inputs.length];
  if (!input) continue;
  const start = performance.now();
  analyzeEmail(input);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
console.log(
  `intake analysis: runs=${RUNS} mean=${mean.toFixed(3)} ms p95=${p95.toFixed(3)} ms max=${(times.at(-1) ?? 0).toFixed(3)} ms (target < 20 ms)`,
);
