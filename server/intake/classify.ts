import { IntakeLabelSchema, type IntakeLabel } from '../../shared/intake/intake.schema';
import { LEXICON } from './classify-lexicon';
import type { EmailSignals } from './signals';

export type Classification = {
  caseType: IntakeLabel;
  confidence: Record<IntakeLabel, number>;
  /** `label: "phrase"` for every cue that matched, strongest first. */
  explanation: string[];
};

const LABELS = IntakeLabelSchema.options;
// Scores are summed cue weights; this temperature turns them into sensible probabilities.
const TEMPERATURE = 2;

type Scores = Record<IntakeLabel, number>;
type Hit = { label: IntakeLabel; phrase: string; weight: number };

/** Adds the "dominant intent" rules from the labelling guidelines on top of the cue scores. */
function applyIntentRules(text: string, s: Scores, signals: EmailSignals, hits: Hit[]): void {
  const rule = (label: IntakeLabel, weight: number, phrase: string) => {
    s[label] += weight;
    hits.push({ label, phrase, weight });
  };
  const explicitComplaint = /\bcomplain|\bombudsman|\bcompensation/i.test(text);
  // A complaint that mentions a missing payment is still a complaint.
  if (explicitComplaint && s.complaint >= 5)
    rule('complaint', 3, 'rule: complaint language outweighs the payment');
  // A calm fee refund is a correction, not a complaint.
  if (
    /\brefund\b/i.test(text) &&
    /\b(?:fee|charge)s?\b/i.test(text) &&
    s.complaint < 4 &&
    !signals.staff
  )
    rule('operational_correction', 2, 'rule: calm request to refund a fee');
  // Staff asking to waive a fee or grant an exception want an approval.
  if (signals.staff && /\bwaive|\bexception\b|\bapprov/i.test(text))
    rule('internal_approval', 3, 'rule: staff asking for an approval or waiver');
  // Staff asking for records, evidence or originals is a document request.
  if (
    signals.staff &&
    /\bretrieve|\boriginals?\b|\brecords\b|\bevidence of|\bsource of (?:funds|wealth)|\bstatements\b/i.test(
      text,
    )
  )
    rule('document_request', 2, 'rule: staff asking for records');
  // Lost or stolen phone or card: block it first; that is account maintenance.
  if (
    /\b(?:stolen|lost)\b/i.test(text) &&
    /\bblock|\bfreeze|\bstop (?:my|the) card|\bcancel (?:my|the) card/i.test(text)
  )
    rule('account_maintenance', 4, 'rule: block after a loss or theft');
  // Short messages with no request are acknowledgements.
  const words = text.split(/\s+/).filter(Boolean).length;
  const asks = /\?|\bplease\b|\bcould you\b|\bcan you\b|\bneed\b|\bwant\b|\brequest/i.test(text);
  if (words < 45 && !asks) rule('no_case', 2.5, 'rule: short message with no request');
}

/** Scores each label by its cues and the intent rules, and softmaxes the scores. */
export function classify(signals: EmailSignals): Classification {
  const text = signals.askText;
  const scores = Object.fromEntries(LABELS.map((l) => [l, 0])) as Scores;
  scores.no_case = 0.5;
  const hits: Hit[] = [];
  for (const cue of LEXICON) {
    const m = cue.re.exec(text);
    if (!m) continue;
    scores[cue.label] += cue.weight;
    hits.push({ label: cue.label, phrase: `"${m[0].trim()}"`, weight: cue.weight });
  }
  applyIntentRules(text, scores, signals, hits);
  const max = Math.max(...LABELS.map((l) => scores[l]));
  const exps = LABELS.map((l) => Math.exp((scores[l] - max) / TEMPERATURE));
  const total = exps.reduce((a, b) => a + b, 0);
  const confidence = Object.fromEntries(
    LABELS.map((l, i) => [l, Math.round(((exps[i] ?? 0) / total) * 1000) / 1000]),
  ) as Record<IntakeLabel, number>;
  const caseType = LABELS.reduce<IntakeLabel>(
    (best, l) => (scores[l] > scores[best] ? l : best),
    'account_maintenance',
  );
  const explanation = hits
    .filter((h) => h.label === caseType)
    .concat(hits.filter((h) => h.label !== caseType))
    .sort(
      (a, b) => Number(b.label === caseType) - Number(a.label === caseType) || b.weight - a.weight,
    )
    .map((h) => `${h.label}: ${h.phrase}`);
  return { caseType, confidence, explanation };
}
