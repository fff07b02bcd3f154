import { findAll, type Span } from './span';

// Lengths for the countries a UK/EU bank sees most; others fall back to 15–34.
const LENGTHS: Record<string, number> = {
  GB: 22,
  IE: 22,
  DE: 22,
  FR: 27,
  ES: 24,
  IT: 27,
  NL: 18,
  BE: 16,
  LU: 20,
  SE: 24,
  DK: 18,
  FI: 18,
  NO: 15,
  PT: 25,
  AT: 20,
  CH: 21,
  PL: 28,
  GR: 27,
  CY: 28,
  MT: 31,
  LT: 20,
  LV: 21,
  EE: 20,
  CZ: 24,
  SK: 24,
  HU: 28,
  RO: 24,
  BG: 22,
  HR: 21,
  SI: 19,
  GI: 23,
  JE: 22,
  GG: 22,
  IM: 22,
  LI: 21,
  IS: 26,
  MC: 27,
  AE: 23,
  SA: 24,
  TR: 26,
};

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/** IBANs written compact or in groups of four, kept only if the checksum holds. */
export function findIbans(text: string): Span[] {
  const re = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
  const found: Span[] = [];
  for (const span of findAll(text, re)) {
    // A grouped IBAN may swallow a following word; trim groups until it validates.
    let candidate = span.text;
    while (candidate.length >= 15 && !isValidIban(candidate)) {
      const lastSpace = candidate.lastIndexOf(' ');
      if (lastSpace === -1) break;
      candidate = candidate.slice(0, lastSpace);
    }
    if (isValidIban(candidate))
      found.push({ start: span.start, end: span.start + candidate.length, text: candidate });
  }
  return found;
}
