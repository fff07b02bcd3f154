import type { AnalyzeEmailInput } from '../../shared/intake/intake.schema';
import type { PreparedEmail } from './prepare-text';

/** Facts about an email that several steps read. */
export type EmailSignals = {
  /** Subject, new text and (for forwards) the forwarded message: what is being asked. */
  askText: string;
  /** The new text and forwarded text without the subject. */
  bodyText: string;
  staff: boolean;
  broker: boolean;
  hasAttachments: boolean;
};

const domainOf = (address: string) => address.split('@')[1]?.toLowerCase().trim() ?? '';

const STAFF_SIGNATURE =
  /\b(?:relationship manager|relationship director|client director|(?:customer|client|private client) adviser|branch manager|analyst|underwriter|operations|ops\b|team leader|support team|quality assurance|treasury ops|bereavement support|fee operations|reconciliations|business support|northbridge bank plc)/i;

/** Staff: same domain as a recipient, or an internal job title in the signature with "the customer" talk. */
function looksLikeStaff(input: AnalyzeEmailInput, prepared: PreparedEmail): boolean {
  const sender = domainOf(input.from.email);
  if (sender && (input.to ?? []).some((to) => domainOf(to) === sender)) return true;
  const talksAboutCustomer =
    /\b(?:the|our|this) (?:customer|client)s?\b|\bcustomer (?:mr|mrs|ms|miss|dr)\b|\bclient (?:mr|mrs|ms|miss|dr)\b/i.test(
      prepared.newText,
    );
  return STAFF_SIGNATURE.test(prepared.signature) && talksAboutCustomer;
}

/** Works out who is asking and what text carries the ask. */
export function readSignals(input: AnalyzeEmailInput, prepared: PreparedEmail): EmailSignals {
  const isReply = /^\s*(?:re|aw|sv)\s*:/i.test(prepared.subject);
  // A reply's subject repeats the old topic; it only counts when the new text says little.
  const subject = isReply ? '' : prepared.subject;
  const askText = [subject, prepared.newText, prepared.forwardedText].filter(Boolean).join('\n');
  return {
    askText,
    bodyText: [prepared.newText, prepared.forwardedText].filter(Boolean).join('\n'),
    staff: looksLikeStaff(input, prepared),
    broker: /\bbrokers?\b|\bour client\b|\bon behalf of (?:our|my) client/i.test(
      `${prepared.newText}\n${prepared.signature}`,
    ),
    hasAttachments:
      input.attachmentNames.length > 0 ||
      /\b(?:attached|attach|enclosed|enclose)\b/i.test(prepared.newText),
  };
}
