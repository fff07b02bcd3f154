import type { IntakeEntities, IntakeLabel, MissingItem } from '../../shared/intake/intake.schema';
import type { EmailSignals } from './signals';

const IDENTITY_CHANGE =
  /\b(?:email|e-mail|phone|mobile|address|contact details|password|security|pin\b|signator(?:y|ies)|mandate|joint account|trusted contact|power of attorney|ownership|bank details|new account|pay (?:it|them) into|close (?:my|the)|closing (?:my|the)|closure|cancel|surrender|add(?:ing)? (?:my )?(?:husband|wife|partner|son|daughter))/i;
const ID_ALREADY_CHECKED =
  /\b(?:verified|checked|seen|confirmed) (?:his|her|their|the customer's|the client's)? ?(?:ID|identity|passport)/i;
const TRACE_OR_RECALL =
  /\brecall\b|\bwrong (?:account|beneficiary|sort code|payee|details)|\btrace\b|\bsent\b.{0,40}(?:[£€$]|\bpayment|\bmoney)|\bpaid\b.{0,40}[£€$]|\btransferred\b|\bbeneficiary (?:has(?:n't| not)|never|says)/i;
const RELATIVE_TIME =
  /\byesterday|\btoday|\blast (?:night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\bthis (?:morning|afternoon|week)|\b\d+ (?:minutes|hours|days) ago|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i;
const NEEDS_DOCUMENT =
  /\bmarried|\bdeed poll|\bchange (?:of|my) (?:sur)?name|\bpower of attorney|\bdeceased|\bbereavement|\bexecutor|\bprobate|\badd(?:ing)? (?:my )?(?:husband|wife|partner)|\bjoint account/i;
const ADDRESS_CHANGE =
  /\b(?:change|update)\b.{0,20}(?<!e-?mail )\baddress\b|\bnew (?:home )?address\b|\bmoved (?:house|home)\b/i;
const POSTCODE =
  /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{1,4}\s+[A-Z][a-z]+\s+(?:Road|Street|Lane|Avenue|Close|Drive|Way|Mews|Court|Place|Gardens)\b/;
const NEW_PAYEE =
  /\bset up (?:a )?(?:new )?(?:payee|beneficiary|standing order)|\badd (?:a )?(?:new )?(?:payee|beneficiary)|\bpay\b.{0,40}\bto (?:my|our|the) (?:builder|landlord|solicitor|supplier|son|daughter)/i;
const REASON_GIVEN =
  /\bbecause\b|\bas (?:the|they|he|she|we|it)\b|\bsince\b|\bdue to\b|\bso (?:that|we|they)\b|\bto avoid\b|\bgiven\b|\bin order to\b|\bcompetitive|\bloyal|\brelationship\b|\bretain|\bcompetitor|\bthe client is\b/i;

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
    if (!entities.amounts) missing.push('amount');
    if (!entities.dates && !RELATIVE_TIME.test(text)) missing.push('transaction_date');
  }
  if (caseType === 'operational_correction' && /\brefund\b/i.test(text) && !entities.amounts)
    missing.push('amount');
  if (caseType === 'account_maintenance' && NEEDS_DOCUMENT.test(text) && !signals.hasAttachments)
    missing.push('supporting_document');
  if (caseType === 'account_maintenance' && ADDRESS_CHANGE.test(text) && !POSTCODE.test(text))
    missing.push('new_address');
  if (NEW_PAYEE.test(text) && !entities.accountNumbers && !entities.ibans)
    missing.push('beneficiary_details');
  if (caseType === 'internal_approval' && text.split(/\s+/).length < 60 && !REASON_GIVEN.test(text))
    missing.push('reason');
  return missing;
}
