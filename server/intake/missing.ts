import type { IntakeEntities, IntakeLabel, MissingItem } from '../../shared/intake/intake.schema';
import type { EmailSignals } from './signals';

const IDENTITY_CHANGE =
  /\b(?:email|e-mail|phone|telephone|mobile|ad+res+|contact details|password|security|pin\b|signator(?:y|ies)|mandate|joint account|trusted contact|power of attorney|ownership|bank details|new (?:bank )?account|pay (?:it|them|my [\w ]{0,20}) into|close (?:my|the|his|her|their)|closing (?:my|the|his|her|their)|closure|cancel|surrender|block|freeze|add(?:ing)? (?:my )?(?:husband|wife|partner|son|daughter)|set up (?:a |an )?(?:new )?(?:standing order|direct debit|payee|beneficiary))/i;
const ID_ALREADY_CHECKED =
  /\b(?:verified|checked|seen|confirmed) (?:his|her|their|the customer's|the client's)? ?(?:ID|identity|passport)/i;
const TRACE_OR_RECALL =
  /\brecall\b|\bwrong (?:account|beneficiary|sort code|payee|details)|\btrace\b|\bsent\b.{0,40}(?:[£€$]|\bpayment|\bmoney|\b(?:GBP|EUR|USD|CHF) ?\d)|\bpaid\b.{0,40}(?:[£€$]|\b(?:GBP|EUR|USD|CHF) ?\d)|\btransferred\b|\b(?:make|made|do|did) (?:a )?transfer\b|\btransfer of\b|\bbeneficiary (?:has(?:n't| not)|never|says)/i;
const RELATIVE_TIME =
  /\byesterday|\btoday|\blast (?:night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\bthis (?:morning|afternoon|week)|\b\d+ (?:minutes|hours|days) ago|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
const NEEDS_DOCUMENT =
  /\bmarried|\bdeed poll|\bchange (?:of|my) (?:sur)?name|\bpower of attorney|\bdeceased|\bbereavement|\bexecutor|\bprobate|\badd(?:ing)? (?:my )?(?:husband|wife|partner)|\bjoint account/i;
const ADDRESS_CHANGE =
  /\b(?:change|update)\b.{0,20}(?<!e-?mail )\bad+res+\b|\bnew (?:home )?address\b|\bmoved (?:house|home)\b/i;
const POSTCODE =
  /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{1,4}\s+[A-Z][a-z]+\s+(?:Road|Street|Lane|Avenue|Close|Drive|Way|Mews|Court|Place|Gardens)\b/;
const NEW_PAYEE =
  /\bset up (?:a )?(?:new )?(?:payee|beneficiary|standing order)|\badd (?:a )?(?:new )?(?:payee|beneficiary)|\bpay\b.{0,40}\bto (?:my|our|the) (?:builder|landlord|solicitor|supplier|son|daughter)/i;
const SORT_CODE = /\b\d{2}-\d{2}-\d{2}\b/;
// Money the customer expects in (salary, pension): the bank can see what usually arrives.
const EXPECTED_CREDIT = /\bsalary\b|\bwages\b|\bpension\b|\bbenefits?\b/i;
const REASON_GIVEN =
  /\bwho (?:lives|is|has)\b|\bbecause\b|\bas (?:the|they|he|she|we|it)\b|\bsince\b|\bdue to\b|\bso (?:that|we|they)\b|\bto avoid\b|\bgiven\b|\bin order to\b|\bcompetitive|\bloyal|\brelationship\b|\bretain|\bcompetitor|\bthe client is\b/i;

/** Sentences the sender wrote (subject left out): a bare one-line ask gives no reason. */
function sentenceCount(signals: EmailSignals): number {
  return signals.bodyText
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.replace(/^(?:hi|hello|hey|dear)\b[^,\n]{0,30},\s*/i, ''))
    .filter((s) => !/^(?:thanks|thank you|many thanks|regards|kind regards|best|cheers)\b/i.test(s))
    .filter((s) => s.split(/\s+/).filter(Boolean).length >= 3).length;
}

/** What a handler of this case type needs and the email does not give. Empty for `no_case`. */
export function findMissing(
  caseType: IntakeLabel,
  signals: EmailSignals,
  entities: IntakeEntities,
): MissingItem[] {
  if (caseType === 'no_case') return [];
  const text = signals.askText;
  const missing: MissingItem[] = [];
  const hasIdentifier = Boolean(
    entities.accountNumbers || entities.ibans || entities.policyNumbers || entities.cardLast4,
  );
  const customer = !signals.staff && !signals.broker;
  if (!hasIdentifier && customer && caseType !== 'internal_approval')
    missing.push('account_identifier');
  if (
    caseType === 'account_maintenance' &&
    customer &&
    IDENTITY_CHANGE.test(text) &&
    !ID_ALREADY_CHECKED.test(text)
  )
    missing.push('identity_verification');
  if (caseType === 'payment_investigation') {
    if (!entities.transactionRefs && TRACE_OR_RECALL.test(text))
      missing.push('transaction_reference');
    if (!entities.amounts && !EXPECTED_CREDIT.test(text)) missing.push('amount');
    if (!entities.dates && !RELATIVE_TIME.test(text)) missing.push('transaction_date');
  }
  if (caseType === 'operational_correction' && /\brefund\b/i.test(text) && !entities.amounts)
    missing.push('amount');
  if (caseType === 'account_maintenance' && NEEDS_DOCUMENT.test(text) && !signals.hasAttachments)
    missing.push('supporting_document');
  if (caseType === 'account_maintenance' && ADDRESS_CHANGE.test(text) && !POSTCODE.test(text))
    missing.push('new_address');
  // The customer's own account number alone does not say where the money goes.
  const payeeGiven =
    entities.ibans || SORT_CODE.test(text) || (entities.accountNumbers?.length ?? 0) > 1;
  if (NEW_PAYEE.test(text) && !payeeGiven) missing.push('beneficiary_details');
  if (caseType === 'internal_approval' && !REASON_GIVEN.test(text) && sentenceCount(signals) <= 1)
    missing.push('reason');
  return missing;
}
