import type { Priority } from '../../shared/cases/case.schema';
import type { IntakeEntities, IntakeLabel } from '../../shared/intake/intake.schema';
import type { EmailSignals } from './signals';

export type PriorityResult = { priority: Priority; reasons: string[] };

const URGENT: [RegExp, string][] = [
  [
    /\bfraud(?:ulent|ster)?\b|\bscam(?:med)?\b|\bunauthori[sz]ed\b|\bhacked\b|\bstolen\b|\bsomeone (?:has )?(?:taken|accessed|used)|\b(?:did not|didn't|never) (?:make|authori[sz]e)\b|\blost (?:my )?(?:purse|wallet|handbag|card|phone)\b[\s\S]{0,120}\b(?:freeze|block|cancel|stop)\b/i,
    'fraud or theft',
  ],
  [
    /\bdevices? (?:i|we) (?:don'?t|do not) (?:own|recogni[sz]e)|\bsomeone (?:is|has been) (?:using|logging into|trying to get into)|\btrying to get into my (?:account|online banking)|\b(?:recall|stop (?:it|the payment)|get (?:it|the money) back)\b[\s\S]{0,200}\b(?:\d+ (?:mins?|minutes|hours?) ago|an hour ago|half an hour ago|just now|this morning)\b|\b(?:\d+ (?:mins?|minutes|hours?) ago|an hour ago|half an hour ago|just now)\b[\s\S]{0,200}\b(?:recall|stop (?:it|the payment)|get (?:it|the money) back)\b/i,
    'account takeover, or money just sent to the wrong place',
  ],
  [
    /\b(?:ombudsman|regulator|FCA|FOS)\b[^.\n]{0,80}\b(?:deadline|by \d|within|final decision|response due|due)\b/i,
    'regulator or ombudsman deadline',
  ],
  [
    /\bdon'?t know how much more|\bcan'?t cope|\bsuicid|\bstranded\b|\badmitted to hospital|\b(?:is|am|are|i'm|she's|he's|currently|still) (?:now )?in hospital\b|\bno money for (?:food|electric|gas)|\bcan'?t (?:buy|afford) food|\bat my wits/i,
    'vulnerable customer in distress',
  ],
  [
    /\b(?:stop it|recall|get it back|pay(?:ment)?|payroll|salary|wages|funds|frozen|completion)\b[^.\n]{0,60}\btoday\b(?! if possible)|\btoday\b[^.\n]{0,40}\b(?:at risk|returned|bounce|frozen)|\b(?:sign-?off|approval|authori[sz]ation)\b[^.\n]{0,20}\btoday\b[^.\n]{0,120}\b(?:payroll|salar(?:y|ies)|wages)\b/i,
    'money at risk today',
  ],
];

const HIGH: [RegExp, string][] = [
  [/\basap\b|\burgent(?:ly)?\b|\bimmediately\b|\bas soon as possible/i, 'asks for speed'],
  [
    /\btomorrow\b|\bby (?:monday|tuesday|wednesday|thursday|friday|close of business|end of (?:the )?(?:day|week))|\bthis week\b|\bnext week\b|\bbefore (?:the )?(?:weekend|end of the week)/i,
    'deadline within days',
  ],
  [
    /\boverdrawn\b|\binto (?:an? |my |their )?(?:unarranged )?overdraft\b|\bfrozen\b|\bcan'?t (?:pay|access)|\bcouldn'?t pay|\bdefault\b|\bnot insured|\bcompletion (?:is|date)|\bmonth-end|\bbreaks report/i,
    'material customer impact',
  ],
];

const LOW =
  /\bno rush\b|\bno hurry\b|\bnot urgent\b|\bwhen(?:ever)? you (?:get a chance|have a moment|can)\b|\blow value\b/i;
const ROUTINE_CHANGE =
  /\blarge print|\bbraille|\bstatements? (?:every|by email|quarterly)|\bin (?:french|welsh|german|spanish|polish) |\b(?:remove|cancel) (?:the |my )?(?:arranged )?overdraft|\bpaperless|\bpaper statements|\bback to paper|\btitle\b|\breinvest|\bmarketing\b|\bstatement frequency|\bnickname|\bnotifications?\b/i;

const THIRD_PARTY_OR_DEADLINE =
  /\bby\b|\bdeadline|\bbefore\b|\bsubject access|\bGDPR\b|\bDSAR\b|\bjob\b|\blandlord|\bletting agent|\bIFA\b|\badviser|\badvisor\b|\bsolicitor|\baccountants?\b|\bemployer|\blender|\bhospital|\bembassy|\bvisa\b|\bcourt\b|\bprobate/i;

/** Reads "£4m", "USD 143,880.00" or "£850k" as a number, for size checks only. */
function amountValue(written: string): number {
  const m = /(\d[\d,]*(?:\.\d+)?)\s?(bn|m|k|million|billion)?/i.exec(written);
  if (!m) return 0;
  const base = Number((m[1] ?? '0').replace(/,/g, ''));
  const scale =
    { bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return base * scale;
}

/** Priority from the guidelines: urgent money-at-risk, fraud and distress; high for complaints and near deadlines. */
export function decidePriority(
  caseType: IntakeLabel,
  signals: EmailSignals,
  entities: IntakeEntities,
): PriorityResult {
  const text = signals.askText;
  if (caseType === 'no_case') return { priority: 'low', reasons: ['no_case'] };
  // A complaint about how past fraud was handled is high, not urgent; distress and deadlines still are.
  const urgentRules = caseType === 'complaint' ? URGENT.slice(1) : URGENT;
  const urgent = urgentRules.filter(([re]) => re.test(text)).map(([, why]) => why);
  if (urgent.length > 0) return { priority: 'urgent', reasons: urgent };
  if (caseType === 'complaint') return { priority: 'high', reasons: ['complaint'] };
  const high = HIGH.filter(([re]) => re.test(text)).map(([, why]) => why);
  if (high.length > 0) return { priority: 'high', reasons: high };
  const largest = Math.max(0, ...(entities.amounts ?? []).map(amountValue));
  if (caseType === 'payment_investigation' && largest >= 100_000)
    return { priority: 'high', reasons: ['large sum not where it should be'] };
  if (caseType === 'internal_approval' && entities.amounts && largest < 1_000)
    return { priority: 'low', reasons: ['small sums only'] };
  if (LOW.test(text)) return { priority: 'low', reasons: ['sender says there is no rush'] };
  if (caseType === 'account_maintenance' && ROUTINE_CHANGE.test(text))
    return { priority: 'low', reasons: ['routine preference change'] };
  if (caseType === 'document_request' && !signals.staff && !THIRD_PARTY_OR_DEADLINE.test(text))
    return { priority: 'low', reasons: ['document request with no deadline'] };
  return { priority: 'normal', reasons: [] };
}
