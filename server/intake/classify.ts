import { IntakeLabelSchema, type IntakeLabel } from '../../shared/intake/intake.schema';
import { LEXICON } from './classify-lexicon';
import type { EmailSignals } from './signals';
import { wordLogOdds } from './word-model';

export type Classification = {
  caseType: IntakeLabel;
  confidence: Record<IntakeLabel, number>;
  /** `label: "phrase"` for every cue that matched, strongest first. */
  explanation: string[];
};

const LABELS = IntakeLabelSchema.options;
// Scores are summed cue weights; this temperature turns them into sensible probabilities.
const TEMPERATURE = 2;
// Below this top confidence the cues are unsure (often none matched), so the word model helps decide.
const UNSURE = 0.35;
const WORD_WEIGHT = 0.25;

type Scores = Record<IntakeLabel, number>;
type Hit = { label: IntakeLabel; phrase: string; weight: number };

/** Adds the "dominant intent" rules from the labelling guidelines on top of the cue scores. */
function applyIntentRules(text: string, s: Scores, signals: EmailSignals, hits: Hit[]): void {
  const rule = (label: IntakeLabel, weight: number, phrase: string) => {
    s[label] += weight;
    hits.push({ label, phrase, weight });
  };
  const explicitComplaint = /\bcomplain|\bombudsman|\bcompensation/i.test(text);
  // Staff asking for an approval talk about complaints without making one.
  const staffApproval = signals.staff && /\bapprov|\bsign[- ]?off\b/i.test(text);
  // A complaint that mentions a missing payment is still a complaint.
  if (explicitComplaint && s.complaint >= 5 && !staffApproval)
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
  if (
    signals.staff &&
    /\bwaive|\bexception\b|\bapprov|\b(?:ok|okay|alright) to (?:refund|waive|go ahead|proceed|offer|accept|release|give)|\bcan (?:a manager |you |i )?(?:authori[sz]e|give (?:a|the|him|her|them))\b|\bgo-ahead\b|\bneed your ok\b/i.test(
      text,
    )
  )
    rule('internal_approval', 3, 'rule: staff asking for an approval or waiver');
  if (staffApproval && explicitComplaint)
    rule('internal_approval', 3, 'rule: staff approval about a complaint is still an approval');
  // Staff asking for records, evidence or originals is a document request.
  if (
    signals.staff &&
    /\bretrieve|\boriginals?\b|\brecords\b|\bcall recordings?\b|\bevidence of|\bsource of (?:funds|wealth)|\bstatements\b/i.test(
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
  const asks =
    /\?|\bplease\b|\bpls\b|\bplz\b|\bcould you\b|\bcan (?:you|u)\b|\bneed\b|\bwant\b|\brequest/i.test(
      text,
    );
  // Only when nothing else speaks up: short and angry is a complaint even with no question in it.
  // A nudge, not a verdict: short requests often skip "please", so the word model still gets a say.
  const strongest = Math.max(...LABELS.filter((l) => l !== 'no_case').map((l) => s[l]));
  if (words < 45 && !asks && strongest < 2.5)
    rule('no_case', 1, 'rule: short message with no request');
}

function softmax(scores: Scores): Record<IntakeLabel, number> {
  const max = Math.max(...LABELS.map((l) => scores[l]));
  const exps = LABELS.map((l) => Math.exp((scores[l] - max) / TEMPERATURE));
  const total = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    LABELS.map((l, i) => [l, Math.round(((exps[i] ?? 0) / total) * 1000) / 1000]),
  ) as Record<IntakeLabel, number>;
}

/** Scores each label by its cues and the intent rules (and, when those are unsure, a word model), and softmaxes the scores. */
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
  let confidence = softmax(scores);
  if (Math.max(...LABELS.map((l) => confidence[l])) < UNSURE) {
    const words = wordLogOdds(text);
    const top = Math.max(...LABELS.map((l) => words[l]));
    for (const l of LABELS) scores[l] += WORD_WEIGHT * (words[l] - top);
    const best = LABELS.reduce((a, l) => (words[l] > words[a] ? l : a), LABELS[0] ?? 'no_case');
    hits.push({ label: best, phrase: 'word model: the cues were unsure', weight: 0 });
    confidence = softmax(scores);
  }
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
