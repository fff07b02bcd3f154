/**
 * Splits an email body into what the sender wrote now, the reply history below it and
 * the signature, so the classifier reads the request rather than the thread.
 */
export type PreparedEmail = {
  subject: string;
  /** The sender's new text, without greeting-line noise, signature or history. */
  newText: string;
  /** Quoted or earlier messages, oldest last. Entities there still count. */
  quoted: string;
  signature: string;
  /** True when the email forwards someone else's message (an RM note on top of a client email). */
  forwarded: boolean;
  /** The first forwarded message's text without its headers and signature. */
  forwardedText: string;
  /** Subject plus body: the text entities are read from. */
  fullText: string;
};

const QUOTE_STARTS: RegExp[] = [
  /^\s*-{2,}\s*(?:original message|forwarded message)\s*-{2,}/i,
  /^\s*begin forwarded message:?/i,
  /^\s*on\b.{4,200}\bwrote:\s*$/i,
  /^\s*_{8,}\s*$/,
];
const HEADER_LINE = /^\s*(?:from|sent|to|cc|date|subject):/i;
const CLOSING =
  /^\s*(?:(?:kind|best|warm|many|with)\s+(?:regards|wishes|thanks)|regards|thanks(?: again)?|thank you|many thanks|cheers|ta|yours(?: sincerely| faithfully| truly)?|sincerely|best|br|diolch|obrigad[oa]|dziękuję|gracias|merci|danke|met vriendelijke groet|med vänlig hälsning.*|mit freundlichen grüßen)[\s,.!]*$/i;
// Legal footers and mobile sign-offs: their "complaints", "Ombudsman" and "error" are not the sender's words.
const DISCLAIMER_CUES: RegExp[] = [
  /\bconfidential\b/i,
  /\b(?:received|reached you) (?:this|it)(?: (?:email|message))? in error\b/i,
  /\bintended (?:only |solely )?for the (?:named )?(?:addressee|recipient)/i,
  /\bauthori[sz]ed (?:by|and regulated)\b|\bregulated by the (?:Financial Conduct|Prudential)/i,
  /\bregistered (?:in England|office|number)\b/i,
  /\bunauthori[sz]ed (?:use|disclosure|copying)|\bdisclosure or copying|\bstrictly prohibited/i,
  /\baccept no liability|\bviruses?\b/i,
];
const DEVICE_SIGNOFF = /^\s*(?:sent from my\b.{0,40}|get outlook for (?:ios|android)\b.*)$/i;

/** Drops footer paragraphs with two or more legal-disclaimer cues, and "Sent from my iPhone" lines. */
function dropBoilerplate(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .filter((para) => DISCLAIMER_CUES.filter((re) => re.test(para)).length < 2)
    .join('\n\n')
    .split('\n')
    .filter((line) => !DEVICE_SIGNOFF.test(line))
    .join('\n');
}

const PHONE_LINE = /^\s*(?:[tme]|tel|mob|mobile|phone|direct)?[:.]?\s*\+?\d[\d ()-]{7,}\s*$/i;

/** Index of the first line that starts reply or forwarded history, or -1. */
function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (QUOTE_STARTS.some((re) => re.test(line))) return i;
    // "From: … / Sent: …" header blocks, as Outlook writes them.
    if (/^\s*from:\s*\S/i.test(line)) {
      const next = lines.slice(i + 1, i + 4);
      if (next.some((l) => /^\s*(?:sent|to|date|subject):/i.test(l))) return i;
    }
    // A run of '>' lines counts once there are two of them (one may be a stray bullet).
    if (/^\s*>/.test(line) && /^\s*>/.test(lines[i + 1] ?? '') && i > 0) return i;
  }
  return -1;
}

/** Cuts a signature off the end of a message: from a "--" line or a closing line on. */
function splitSignature(text: string): { body: string; signature: string } {
  const lines = text.split('\n');
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*--\s*$/.test(line) && i > 0) {
      cut = i;
      break;
    }
    if (CLOSING.test(line) && lines.length - i <= 8 && i > 0) {
      cut = i;
      break;
    }
  }
  // Trailing short name-only and phone lines with no closing word ("Craig", "+44 7700 900786").
  while (cut > 1) {
    const line = (lines[cut - 1] ?? '').trim();
    if (line === '') {
      cut--;
      continue;
    }
    const nameLike = /^[A-Z][\w.'’-]*(?:\s+(?:&|and|[A-Z][\w.'’-]*)){0,3}$/.test(line);
    if ((nameLike && !/[.?!:]$/.test(line)) || PHONE_LINE.test(line)) cut--;
    else break;
  }
  return {
    body: lines.slice(0, cut).join('\n').trim(),
    signature: lines.slice(cut).join('\n').trim(),
  };
}

/** The first message inside the history, without its header lines or signature. */
function firstQuotedMessage(history: string[]): string {
  const lines = history.map((l) => l.replace(/^\s*>\s?/, ''));
  let i = 0;
  // Skip the separator and the header block.
  while (
    i < lines.length &&
    (QUOTE_STARTS.some((re) => re.test(lines[i] ?? '')) || (lines[i] ?? '').trim() === '')
  )
    i++;
  while (i < lines.length && (HEADER_LINE.test(lines[i] ?? '') || (lines[i] ?? '').trim() === ''))
    i++;
  const rest = lines.slice(i);
  const end = historyStart(rest);
  const message = (end === -1 ? rest : rest.slice(0, end)).join('\n');
  return splitSignature(message).body;
}

/** Separates new text, history and signature, and spots forwarded client emails. */
export function prepareEmail(subject: string, body: string): PreparedEmail {
  const normalised = body.replace(/\r\n?/g, '\n');
  const lines = dropBoilerplate(normalised).split('\n');
  const start = historyStart(lines);
  const top = start === -1 ? lines : lines.slice(0, start);
  const history = start === -1 ? [] : lines.slice(start);
  const { body: newText, signature } = splitSignature(top.join('\n'));
  const forwardMarker =
    /^\s*(?:fw|fwd)\s*:/i.test(subject) ||
    history.some((l) => /forwarded message/i.test(l)) ||
    /\bforward(?:ing|ed)\b/i.test(newText);
  const forwarded = history.length > 0 && forwardMarker;
  return {
    subject,
    newText,
    quoted: history.join('\n').trim(),
    signature,
    forwarded,
    forwardedText: forwarded ? firstQuotedMessage(history) : '',
    fullText: `${subject}\n${normalised}`,
  };
}
