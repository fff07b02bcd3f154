import { IntakeLabelSchema, type IntakeLabel } from '../../shared/intake/intake.schema';
import model from './word-model.json';
import { wordTokens } from './word-tokens';

/** Word and word-pair counts per label, written by `scripts/train-intake-words.ts`. */
export type WordModel = {
  labels: string[];
  /** Emails per label. */
  docs: number[];
  /** For each token seen in two or more emails: in how many emails of each label. */
  tokens: Record<string, number[]>;
};

const wordModel = model as WordModel;
const LABELS = IntakeLabelSchema.options;

/**
 * Naive Bayes over which words and word pairs appear, learned from the labeled emails:
 * a back-off for wording no cue covers. Returns log P(label | words), up to a constant.
 */
export function wordLogOdds(text: string): Record<IntakeLabel, number> {
  const total = wordModel.docs.reduce((a, b) => a + b, 0);
  const seen = wordTokens(text)
    .map((t) => wordModel.tokens[t])
    .filter((c): c is number[] => c !== undefined);
  return Object.fromEntries(
    LABELS.map((label) => {
      const i = wordModel.labels.indexOf(label);
      const docs = wordModel.docs[i] ?? 0;
      const prior = Math.log((docs + 1) / (total + LABELS.length));
      const evidence = seen.reduce((sum, c) => sum + Math.log(((c[i] ?? 0) + 0.5) / (docs + 1)), 0);
      return [label, prior + evidence];
    }),
  ) as Record<IntakeLabel, number>;
}
