import { findAll, keepLongest, type Span } from './span';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const FULL_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const ORD = '(?:st|nd|rd|th)';
const YEAR = '(?:,?\\s+(?:19|20)\\d{2})';

const PATTERNS: RegExp[] = [
  // 2–5 October, 1 October, 28th October 2026, 1st of November
  new RegExp(
    `\\b${DAY}(?:${ORD})?(?:\\s?[–-]\\s?${DAY}(?:${ORD})?)?(?:\\s+of)?\\s+${MONTH}\\b${YEAR}?`,
    'g',
  ),
  // October 5th, November 3, 2026
  new RegExp(`\\b${MONTH}\\s+${DAY}(?:${ORD})?\\b${YEAR}?`, 'g'),
  // 14-Oct, 14-Oct-26
  new RegExp(`\\b${DAY}-${MONTH}(?:-\\d{2,4})?\\b`, 'g'),
  // 19/10/2026, 19.10.26
  /\b(?:[12]\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9])[/.](?:\d{4}|\d{2})\b/g,
  // 2026-10-19
  /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g,
  // A month on its own, with an optional year: "June", "August 2026".
  new RegExp(`\\b${FULL_MONTH}\\b${YEAR}?`, 'g'),
  // A day ordinal on its own: "the 28th", "before the 13th".
  new RegExp(`\\b${DAY}${ORD}\\b`, 'g'),
];

// Ordinals that count things rather than days ("4th floor", "3rd time").
const NOT_A_DAY =
  /^\s*(?:floor|time|times|attempt|call|year|edition|anniversary|birthday|generation|place|party|century|percentile|quarter|round|reminder|chaser|letter|request|payment|instalment|installment)\b/i;

/** Calendar days and months as written; weekdays, relative words, bare years and quarters never match. */
export function findDates(text: string): Span[] {
  const spans = PATTERNS.flatMap((re) => findAll(text, re)).filter((s) => {
    const after = text.slice(s.end, s.end + 20);
    if (/^\d{1,2}(?:st|nd|rd|th)$/i.test(s.text) && NOT_A_DAY.test(after)) return false;
    // "May" is usually the verb unless a day or year is attached.
    if (s.text === 'May' && !/^\s+(?:19|20)\d{2}/.test(after)) return false;
    // "June Penrose": a bare month followed by a capitalised word is someone's name.
    if (
      /^[A-Z][a-z]+$/.test(s.text) &&
      /^ [A-Z][a-z]+/.test(after) &&
      !/^ (?:19|20)\d{2}/.test(after)
    )
      return false;
    return true;
  });
  return keepLongest(spans);
}
