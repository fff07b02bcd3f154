import {
  IntakeLabelSchema,
  LabeledEmailSchema,
  type IntakeAnalysis,
  type LabeledEmail,
} from '../../shared/intake/intake.schema';
import { analyzeEmail } from './analyze';

export type LabelStats = { label: string; tp: number; fp: number; fn: number; f1: number };
export type EvaluationReport = {
  n: number;
  caseTypeAccuracy: number;
  macroF1: number;
  priorityAccuracy: number;
  entitiesF1: number;
  missingF1: number;
  perLabel: LabelStats[];
  perEntityKey: LabelStats[];
  perMissing: LabelStats[];
  errors: { id: string; expected: string; got: string }[];
};

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Parses a JSONL file's text into labeled emails, naming the line of any bad record. */
export function parseLabeledFile(text: string): LabeledEmail[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, i }) => {
      const parsed = LabeledEmailSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

type Counter = Map<string, { tp: number; fp: number; fn: number }>;
function count(counter: Counter, key: string, field: 'tp' | 'fp' | 'fn') {
  const c = counter.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  c[field]++;
  counter.set(key, c);
}
function compareSets(
  counter: Counter,
  expected: string[],
  got: string[],
  keyOf: (s: string) => string,
) {
  const e = new Set(expected);
  const g = new Set(got);
  for (const x of g) count(counter, keyOf(x), e.has(x) ? 'tp' : 'fp');
  for (const x of e) if (!g.has(x)) count(counter, keyOf(x), 'fn');
}
const stats = (counter: Counter): LabelStats[] =>
  [...counter.entries()].map(([label, c]) => ({ label, ...c, f1: f1(c.tp, c.fp, c.fn) }));
const micro = (list: LabelStats[]) => {
  const sum = list.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  // Nothing expected and nothing found is a perfect score, not zero.
  return sum.tp + sum.fp + sum.fn === 0 ? 1 : f1(sum.tp, sum.fp, sum.fn);
};
const pairs = (entities: IntakeAnalysis['entities']) =>
  Object.entries(entities).flatMap(([k, values]) => (values ?? []).map((v) => `${k}\u0000${v}`));

/** Runs the analyzer over labeled emails and scores it: entity F1 is micro over (key, text) pairs, missing F1 over (id, value) pairs. */
export function evaluate(emails: LabeledEmail[]): EvaluationReport {
  const labels: Counter = new Map(
    IntakeLabelSchema.options.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]),
  );
  const entityCounter: Counter = new Map();
  const missingCounter: Counter = new Map();
  let typeRight = 0;
  let priorityRight = 0;
  const errors: EvaluationReport['errors'] = [];
  for (const email of emails) {
    const result = analyzeEmail({
      subject: email.subject,
      bodyText: email.body,
      from: email.from,
      attachmentNames: email.attachmentNames ?? [],
      to: email.to,
    });
    const expected = email.label;
    if (result.caseType === expected.caseType) {
      typeRight++;
      count(labels, expected.caseType, 'tp');
    } else {
      count(labels, result.caseType, 'fp');
      count(labels, expected.caseType, 'fn');
      errors.push({ id: email.id, expected: expected.caseType, got: result.caseType });
    }
    if (result.priority === expected.priority) priorityRight++;
    compareSets(
      entityCounter,
      pairs(expected.entities),
      pairs(result.entities),
      (s) => s.split('\u0000')[0] ?? s,
    );
    compareSets(
      missingCounter,
      expected.missing.map((m) => `${email.id}:${m}`),
      result.missing.map((m) => `${email.id}:${m}`),
      (s) => s.split(':')[1] ?? s,
    );
  }
  const perLabel = stats(labels).filter((s) => s.tp + s.fp + s.fn > 0);
  const n = emails.length;
  return {
    n,
    caseTypeAccuracy: n === 0 ? 0 : typeRight / n,
    macroF1: perLabel.length === 0 ? 0 : perLabel.reduce((a, s) => a + s.f1, 0) / perLabel.length,
    priorityAccuracy: n === 0 ? 0 : priorityRight / n,
    entitiesF1: micro(stats(entityCounter)),
    missingF1: micro(stats(missingCounter)),
    perLabel,
    perEntityKey: stats(entityCounter),
    perMissing: stats(missingCounter),
    errors,
  };
}

/** The summary line `npm run eval:intake` prints last. */
export function summaryLine(r: EvaluationReport): string {
  const f = (x: number) => x.toFixed(2);
  return `caseType accuracy=${f(r.caseTypeAccuracy)} macroF1=${f(r.macroF1)} priority accuracy=${f(r.priorityAccuracy)} entities F1=${f(r.entitiesF1)} missing F1=${f(r.missingF1)} n=${r.n}`;
}
