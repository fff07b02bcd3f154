import { splitPlaceholders } from '../../../../shared/drafts/placeholders';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text so it is shown as written, never read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

// Outlook's compose form shows this highlight, so the sender sees what is still to fill in.
const highlight = 'background-color:#fff100;color:#000000';

/**
 * Turns a plain-text draft into the HTML a reply form takes: every character of
 * case text escaped, line breaks kept, and unfilled placeholders highlighted.
 */
export function draftToHtml(body: string): string {
  const html = splitPlaceholders(body)
    .map((segment) =>
      segment.kind === 'placeholder'
        ? `<span style="${highlight}">${escapeHtml(segment.text)}</span>`
        : escapeHtml(segment.text),
    )
    .join('')
    .replace(/\r?\n/g, '<br>\n');
  return `<div>${html}</div>`;
}

/** The draft as one block of text to paste into a new email: subject line, blank line, body. */
export function draftToText(subject: string, body: string): string {
  return `${subject}\n\n${body}`;
}
