import type { PreparedEmail } from './prepare-text';

const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hiya|dzień dobry|olá|hola|bonjour)\b[^\n]{0,40}$/i;

/** Splits text into sentences, keeping abbreviations such as "approx." and "Mr." together. */
function sentences(text: string): string[] {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(£€$])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Two or three sentences taken from the new text (and what was forwarded), never rewritten. */
export function summarise(prepared: PreparedEmail): string {
  const lines = prepared.newText.split('\n').filter((l) => !GREETING.test(l.trim()));
  const own = sentences(lines.join('\n'));
  const forwarded = sentences(
    prepared.forwardedText
      .split('\n')
      .filter((l) => !GREETING.test(l.trim()))
      .join('\n'),
  );
  const picked = [...own.slice(0, 2), ...forwarded.slice(0, own.length >= 2 ? 1 : 2)].slice(0, 3);
  const summary = (picked.length > 0 ? picked : [prepared.subject]).join(' ');
  return summary.length > 600 ? `${summary.slice(0, 597)}...` : summary;
}
