import type { IntakeEntities } from '../../../shared/intake/intake.schema';
import { findAmounts } from './amounts';
import { findDates } from './dates';
import { findIbans } from './iban';
import {
  classifyIdentifier,
  findCardLast4,
  findIdentifierTokens,
  findPhones,
  findSortCodes,
  findUuids,
} from './identifiers';
import { findAll, keepLongest, mask, uniqueTexts, type Span } from './span';

/**
 * Reads every entity from subject and body (history included), each as written.
 * Order matters: IBANs, references and amounts claim their text first, so the
 * digits inside them are never read again as accounts or dates.
 */
export function extractEntities(text: string): IntakeEntities {
  let rest = text;
  const claim = (spans: Span[]) => {
    rest = mask(rest, spans);
    return spans;
  };
  // Dates in quoted header lines ("Sent: 4 November 2026 09:12") say when mail was sent, not what it is about.
  claim(findAll(rest, /^[ \t>]*(?:sent|date):.*$|^[ \t>]*on\b.{4,200}\bwrote:[ \t]*$/gim));
  const ibans = claim(findIbans(rest));
  const uuids = claim(findUuids(rest));
  claim(findPhones(rest));
  const amounts = claim(findAmounts(rest));
  const cards = claim(findCardLast4(rest));
  // Identifiers go before dates so "NBPH-OUT-20261006-002215" stays whole.
  const tokens = keepLongest(findIdentifierTokens(mask(rest, findSortCodes(rest))));
  const found: Record<'accountNumbers' | 'policyNumbers' | 'transactionRefs', Span[]> = {
    accountNumbers: [],
    policyNumbers: [],
    transactionRefs: [...uuids],
  };
  const dates = findDates(rest).filter(
    (d) => !tokens.some((t) => d.start < t.end && t.start < d.end),
  );
  for (const token of tokens) {
    if (dates.some((d) => token.start < d.end && d.start < token.end)) continue;
    const kind = classifyIdentifier(
      token.text,
      text.slice(Math.max(0, token.start - 60), token.start),
    );
    if (kind !== 'ignored') found[kind].push(token);
  }
  const entities: IntakeEntities = {};
  const put = (key: keyof IntakeEntities, spans: Span[]) => {
    const values = uniqueTexts(spans);
    if (values.length > 0) entities[key] = values;
  };
  put('accountNumbers', found.accountNumbers);
  put('ibans', ibans);
  put('amounts', amounts);
  put('dates', dates);
  put('policyNumbers', found.policyNumbers);
  put('cardLast4', cards);
  put(
    'transactionRefs',
    found.transactionRefs.sort((a, b) => a.start - b.start),
  );
  return entities;
}
