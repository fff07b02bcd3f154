import type { MeetingNoteKind, OwnerHint } from '../../../shared/intake/meeting-notes.schema';
import type { Statement } from './segment';

export type Classified = { kind: MeetingNoteKind; ownerHint: OwnerHint };

// Verbs of doing something for someone: what a promise is made of.
const ACTION_VERB =
  '(?:send|re-?send|e-?mail|post|share|provide|forward|circulate|arrange|book|schedule|set up|organi[sz]e|prepare|draft|write|produce|put together|follow up|chase|check|confirm|come back|get back|revert|call|phone|ring|review|look into|look at|investigate|raise|submit|issue|re-?issue|refund|waive|update|introduce|open|close|apply|escalate|pass|speak|liaise|request|obtain|run|re-?run|model|quote|process|complete|sign|return|upload|deliver|recalculate|order|dispatch|sort|fix|cancel|amend|transfer|move|add|remove|increase|reduce|extend|renew|find out|let|contact|visit|present|bring|collect|gather|compile|verify|report|notify|diari[sz]e|instruct|release|credit|pay|make|give|put|get|reply|respond|email|text|reconcile|re-?price|reprice|benchmark|draw up|talk|walk|set|source|ask|action|lodge|file|pull|dig out|print|scan|test|assess|calculate|estimate|compare|explore|consider|request|refer|approve|enrol|enroll|register|do|take|execute|place|rebalance|switch|sell|buy|keep (?:them|him|her|the client) (?:updated|posted|informed))';

// Who the statement is about, at its start.
const US = /^(?:we|i|us|our team|the team|the bank|bank|northbridge|rm|the rm)\b/i;
const CLIENT =
  /^(?:the\s+)?(?:client|customer|clients|customers|they|he|she|both|the family|family|the couple|the company|the directors?|the trustees|the board|management|cfo|fd|finance director)\b/i;
const NOT_A_NAME =
  /^(?:we|i|client|customer|they|he|she|both|agreed|action|actions|next|decision|send|the|this|that|it|a|an|all|our|no|nothing|discussed|general|update|meeting|review|portfolio|loan|policy|mortgage|account|renewal|fee|fees|rate|premium|can|could|would|will|please|need|needs|also|and|but|then|follow|confirmed|asked|requested|noted|any|if|so|as|for|to|on|in|at|re|new|overall|happy|very|some|ok|okay|good|mandate|facility|claim|cover|there|promised|decided|committed|offered|drawdown|undertook|drawdowns)$/i;
const NAME_SUBJECT =
  /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?|[A-Z]{2,3})\s*(?:\([^)]*\)\s*)?(?=\s*(?:to|will|'ll|’ll|shall|is|has|agreed|promised|asked|requested|wants|wanted|would|said|confirmed|decided|chose|opted|offered|committed|undertook|can|raised|queried|enquired|mentioned|prefers|preferred|:|–|-)\b)/;

const PROMISE_LINK = `(?:will|shall|is going to|are going to|am going to|agreed that we would|promised to|promised|committed to|undertook to|offered to|can|need to|needs to|must)`;
const ADVERB = '(?:(?:then|also|quickly|urgently|promptly|personally|formally|now|try to)\\s+)?';
const PROMISE = new RegExp(
  `^(?:[^,]{0,60}?\\s)?${PROMISE_LINK}\\s+${ADVERB}${ACTION_VERB}\\b`,
  'i',
);
// "Rahul to send…", "Client is to provide…": a short subject, then "to" and the action.
const TO_PROMISE = new RegExp(
  `^(?!.*\\b(?:decided|agreed|chose|opted|wants?|wanted|asked|requested|keen|like|prefers?|happy|able|going)\\b[^,]*\\bto\\b)(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?[\\p{L}'’&/-]+(?:\\s+[\\p{L}'’&/-]+){0,2}\\s+(?:\\([^)]*\\)\\s+)?(?:is\\s+|are\\s+)?to\\s+${ADVERB}${ACTION_VERB}\\b`,
  'iu',
);
// "Promised to send…", "Will send…", "Agreed to send…": a commitment with the subject left out.
const SUBJECTLESS_PROMISE = new RegExp(
  `^(?:promised|committed|undertook|offered)\\s+to\\s+${ACTION_VERB}\\b|^will\\s+${ACTION_VERB}\\b|\\bagreed to (?:send|provide|share|e-?mail|return|call|chase|forward|supply|confirm)\\b`,
  'i',
);
const ASK =
  /\b(?:asked|asks|asking|requested|requests|wants|wanted|want to|want a|want the|want an|would like|'d like|’d like|keen to|keen for|keen on|looking for|enquired|inquired|queried|wondered|wondering|would welcome|hoping|hopes|interested in|want to know|wants to know|raised whether|raised the question)\b/i;
const DECISION =
  /\b(?:agreed|agree|decided|decision|chose|chosen|opted|settled on|going ahead|go ahead|will proceed|to proceed|proceeding|signed off|approved|declined|turned down|rejected|happy to proceed|elected|will stay|will remain|will keep|to keep|to stay|to remain|no change|not to|prefers? to|preferred to|will stick|sticking with|stick with|leave [^.]* as (?:is|it is)|will not|won't|will hold|to hold|confirmed (?:they|he|she|the client|the customer) (?:want|will|would|are|is))\b/i;

const DEADLINE_WORD = /\b(?:by|before|within|until|no later than)\s/i;
const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

/** Who the statement names as doing the thing; `undefined` when it does not say. */
export function subjectOf(text: string): OwnerHint | undefined {
  if (US.test(text)) return 'us';
  if (CLIENT.test(text)) return 'client';
  const named = NAME_SUBJECT.exec(text);
  if (named?.[1] && !NOT_A_NAME.test(firstName(named[1]))) return named[1];
  return undefined;
}

/** An owner written at the end: "… (Rahul)", "… – AH", "Owner: Sofia". */
function trailingOwner(text: string): OwnerHint | undefined {
  const m =
    /\((?:owner:?\s*)?([A-Z][a-z]+|[A-Z]{2,3})(?:[,;][^)]*)?\)\s*\.?$/.exec(text) ??
    /\bowner:?\s+([A-Z][a-z]+|[A-Z]{2,3})\b/i.exec(text) ??
    /\s[–—-]\s+([A-Z][a-z]+|[A-Z]{2,3})\s*\.?$/.exec(text);
  const name = m?.[1];
  if (!name || NOT_A_NAME.test(name)) return undefined;
  if (/^(?:client|customer)$/i.test(name)) return 'client';
  return name;
}

/** "X asked Rahul to …": the person asked is who acts on the ask. */
function askedWhom(text: string): OwnerHint | undefined {
  const m = /\basked\s+([A-Z][a-z]+|us|me)\s+(?:to|for|whether|if|about)\b/.exec(text);
  if (!m?.[1]) return undefined;
  return /^(?:us|me)$/i.test(m[1]) ? 'us' : m[1];
}

function isPromise(text: string): boolean {
  // "We'll" reads as "We will".
  const plain = text.replace(/(\p{L})['’]ll\b/gu, '$1 will');
  return PROMISE.test(plain) || TO_PROMISE.test(plain) || SUBJECTLESS_PROMISE.test(plain);
}

/** Decides whether a statement is a promise, an ask or a decision, and who acts on it. */
export function classifyStatement(statement: Statement): Classified | null {
  const { text, hinted } = statement;
  if (text.length < 6 || /^(?:none|n\/a|nothing|tbc|no actions?)\b/i.test(text)) return null;
  if (/^no (?:decision|change|action)s?\b/i.test(text) && !hinted) return null;
  const subject = subjectOf(text);
  const trailing = trailingOwner(text);
  if (hinted) {
    const fallback: OwnerHint = hinted === 'decisions' ? 'client' : 'us';
    const owner = hinted === 'asks' ? (askedWhom(text) ?? 'us') : (trailing ?? subject ?? fallback);
    return { kind: hinted, ownerHint: owner };
  }
  // An instruction with an owner or a deadline: "Book the valuer (Sofia, by 30 October)".
  if (new RegExp(`^${ACTION_VERB}\\b`, 'i').test(text) && (trailing || DEADLINE_WORD.test(text)))
    return { kind: 'promises', ownerHint: trailing ?? 'us' };
  const asking = ASK.test(text) || /\?\s*$/.test(text);
  if (isPromise(text) && !(asking && subject !== 'us' && !/^[^,]*\b(?:will|'ll|’ll)\s/i.test(text)))
    return { kind: 'promises', ownerHint: trailing ?? subject ?? 'us' };
  if (asking && subject !== 'us') return { kind: 'asks', ownerHint: askedWhom(text) ?? 'us' };
  if (DECISION.test(text)) return { kind: 'decisions', ownerHint: subject ?? 'client' };
  return null;
}
