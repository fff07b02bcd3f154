/** The facts a template may name, each written `{{name}}` in its subject or body. */
export const draftPlaceholders = [
  'client.name',
  'contact.name',
  'case.reference',
  'case.title',
  'case.type',
  'missing.items',
  'sla.dueDate',
  'owner.name',
  'sender.name',
] as const;
export type DraftPlaceholder = (typeof draftPlaceholders)[number];

/** The facts of one case, by placeholder; a fact the case lacks is absent or empty. */
export type DraftFacts = Partial<Record<DraftPlaceholder, string>>;

// `{{ name }}` with optional spaces inside the braces; the name itself has no braces.
const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Writes a placeholder the way templates and drafts show it. */
export function placeholderText(name: string): string {
  return `{{${name}}}`;
}

function isKnown(name: string): name is DraftPlaceholder {
  return (draftPlaceholders as readonly string[]).includes(name);
}

/** Every placeholder name in a text, in order of first appearance, known or not. */
export function placeholdersIn(text: string): string[] {
  const names = [...text.matchAll(placeholderPattern)].map((m) => m[1] ?? '');
  return [...new Set(names)];
}

/** The placeholder names in a text that Caseline cannot fill. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !isKnown(name));
}

/** A run of draft text: plain words, or a placeholder still waiting for its fact. */
export type DraftSegment = { kind: 'text' | 'placeholder'; text: string };

/** Splits text into plain runs and placeholder runs, so a preview can mark the ones to fill in. */
export function splitPlaceholders(text: string): DraftSegment[] {
  const segments: DraftSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({ kind: 'placeholder', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/**
 * Fills each placeholder from the facts. A fact that is missing (or blank) leaves
 * its placeholder visible, never an empty gap, and is named in `missing`.
 */
export function fillPlaceholders(
  text: string,
  facts: DraftFacts,
): { text: string; missing: DraftPlaceholder[] } {
  const missing = new Set<DraftPlaceholder>();
  const filled = text.replace(placeholderPattern, (whole, raw: string) => {
    if (!isKnown(raw)) return whole;
    const value = facts[raw]?.trim();
    if (value) return value;
    missing.add(raw);
    return placeholderText(raw);
  });
  return { text: filled, missing: [...missing] };
}
