import { findAll, type Span } from './span';

export type IdentifierKind = 'accountNumbers' | 'policyNumbers' | 'transactionRefs' | 'ignored';

/** Card last four: "card ending 4471", "ending in 0417", "last four 1234". */
export function findCardLast4(text: string): Span[] {
  const re =
    /\b(?:ending(?:\s+in)?|ends\s+(?:in|with)|(?<=card\s)end|last\s+(?:four|4)(?:\s+digits)?(?:\s+(?:are|is|of))?|x{2,}|\*{2,})\s*[:#]?\s*(\d{4})\b/gi;
  return findAll(text, re, 1);
}

/** UETRs and other UUIDs. */
export function findUuids(text: string): Span[] {
  return findAll(text, /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi);
}

/** Phone numbers, so their digits are never read as accounts. */
export function findPhones(text: string): Span[] {
  return findAll(text, /(?:\+\d{1,3}(?:\s?\(0\))?|\b0\d{1,4})(?:[ ]\d{2,5}){1,4}\b/g);
}

/** Sort codes (12-34-56), which are never labelled. */
export function findSortCodes(text: string): Span[] {
  return findAll(text, /\b\d{2}-\d{2}-\d{2}\b(?!-)/g);
}

/**
 * Identifier-shaped tokens: prefixed codes (NBW-C-550129, MTR-4410275, INV-88341),
 * hyphenated digit groups (50-7810036) and plain numbers of six digits or more.
 */
export function findIdentifierTokens(text: string): Span[] {
  const re =
    /\b(?:[A-Z]{1,6}\d{0,4}[-/])+(?:[A-Z0-9]+[-/])*\d[A-Z0-9]*\b|\b[A-Z]{2,6}\d{5,}\b|\b\d{2,5}(?:-\d{3,}){1,3}\b|\b\d{6,14}\b/g;
  return findAll(text, re).filter((s) => /\d{3,}/.test(s.text.replace(/[-/]/g, '')));
}

// Complaint, claim and ticket numbers by their own prefix, whatever words come before them.
const IGNORE_PREFIX = /^(?:CMP|COMP|CMPL|CLM|CLAIM|CASE|TKT|INC|CHG|CRQ)-?\d/i;
const REF_CONTEXT =
  /\b(?:ref(?:erence)?s?|uetr|(?:message|payment|batch|trade|transaction|chaps|bacs|swift|end[- ]to[- ]end)\s+(?:ref|reference|id|no\.?|number)|batch|invoice(?:\s+(?:no\.?|number))?|inv\.?)\s*(?:no\.?|number|id)?\s*[:#]?\s*$/i;
const IGNORE_CONTEXT =
  /\b(?:complaint|claim|audit|case|ticket|change|chg|incident|alert|company|registration|registered|reg\.?|crn|isin|sedol|cusip|licen[cs]e|passport|vat|utr|ni|national insurance|fca|frn|tracking|order|booking|appointment)(?:\s+(?:ref(?:erence)?|number|no\.?|id|#))?\s*[:#]?\s*$/i;
const POLICY_CONTEXT =
  /\b(?:policy|policies|plan|cover|certificate|scheme|annuity|bond)\b[^.\n]{0,25}$/i;
const ACCOUNT_CONTEXT =
  /\b(?:account|accounts|a\/c|acct|acc|loan|mortgage|facility|rcf|portfolio|custody|customer|client|agency|broker|card account|number|no\.|savings?|isa|current|iban)\b[^.\n]{0,30}$/i;
const POLICY_PREFIX =
  /^(?:TRV|MTR|MOT|HH|HOME|PP|ANN|POL|LIFE|PMI|PET|CAR|TRAVEL|LIF|INC|CI|HNW|BLD|CNT|GI|PRP|PEN|SIPP|BND)-?\d/i;
const ACCOUNT_PREFIX = /^(?:NBW|P|FAC|LN|MTG|ML|CUST|CUS|AGY|ACC|AC|PF|CST|SAV|ISA)-/i;
const REF_PREFIX =
  /^(?:INV|RF|REF|PAY|PMT|BATCH|BAT|TRN|TXN|FT|UETR|MSG|E2E|TRD|SWIFT|CHAPS)[-/]?\d/i;

/** Decides what an identifier token is from its shape and the words just before it. */
export function classifyIdentifier(token: string, before: string): IdentifierKind {
  const near = before.slice(-45);
  const immediate = before.slice(-22);
  if (IGNORE_CONTEXT.test(immediate) || IGNORE_PREFIX.test(token)) return 'ignored';
  if (REF_CONTEXT.test(immediate)) return 'transactionRefs';
  if (REF_PREFIX.test(token)) return 'transactionRefs';
  if (POLICY_PREFIX.test(token)) return 'policyNumbers';
  if (ACCOUNT_PREFIX.test(token)) return 'accountNumbers';
  if (POLICY_CONTEXT.test(near) && !/\baccount\b[^.\n]{0,20}$/i.test(near)) return 'policyNumbers';
  if (ACCOUNT_CONTEXT.test(near)) return 'accountNumbers';
  // A plain 7–10 digit number in a bank email is nearly always an account number.
  if (/^\d{7,10}$/.test(token)) return 'accountNumbers';
  if (/^\d{2,4}-\d{4,}(?:-\d+)?$/.test(token)) return 'accountNumbers';
  return 'ignored';
}
