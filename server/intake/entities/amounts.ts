import { findAll, keepLongest, type Span } from './span';

const CODES = 'GBP|EUR|USD|CHF|JPY|SEK|NOK|DKK|PLN|CAD|AUD|HKD|SGD|ZAR|AED|CZK|HUF';
// European "1.200,50" and "12,40" first, so "12,40 EUR" is not read as "40 EUR"; "1,200" still falls through.
const NUM = String.raw`\d{1,3}(?:\.\d{3})+,\d{2}(?![\d,])|\d+,\d{2}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:bn|m|k|million|billion|mn)\b)?`;
const RANGE = String.raw`(?:\s?[–-]\s?(?:[£$€]\s?)?(?:${NUM}))?`;

const PATTERNS: RegExp[] = [
  // £4m, €1,200.50, $35, £4–6m
  new RegExp(String.raw`[£$€¥](?:\s?)(?:${NUM})${RANGE}${SCALE}`, 'g'),
  // USD 4–6m, EUR 1,200.50, GBP250
  new RegExp(String.raw`\b(?:${CODES})\s?(?:${NUM})${RANGE}${SCALE}`, 'g'),
  // 31,250.00 EUR, 5m USD
  new RegExp(String.raw`\b(?:${NUM})${SCALE}\s?(?:${CODES})\b`, 'g'),
  // 500 pounds, 20 euros, 35 quid
  new RegExp(String.raw`\b(?:${NUM})${SCALE}\s?(?:pounds?|euros?|dollars?|quid)\b`, 'gi'),
  // 18.5p (pence)
  new RegExp(String.raw`\b\d+(?:\.\d+)?p\b`, 'g'),
];

/** Money amounts with their currency as written; percentages and basis points never match. */
export function findAmounts(text: string): Span[] {
  const spans = PATTERNS.flatMap((re) => findAll(text, re)).map((s) => {
    const trimmed = s.text.replace(/\s+$/, '');
    return { ...s, end: s.start + trimmed.length, text: trimmed };
  });
  return keepLongest(spans);
}
