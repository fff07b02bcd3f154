/** A match found in the text, by offset, so later extractors can skip text already claimed. */
export type Span = { start: number; end: number; text: string };

/** Every match of a global regex; `group` picks a capture group as the span. */
export function findAll(text: string, re: RegExp, group = 0): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) {
    const value = m[group];
    if (value === undefined || m.index === undefined) continue;
    const offset = group === 0 ? 0 : m[0].indexOf(value);
    const start = m.index + offset;
    spans.push({ start, end: start + value.length, text: value });
  }
  return spans;
}

/** Drops spans lying inside a longer one, and overlapping later ones. */
export function keepLongest(spans: Span[]): Span[] {
  const sorted = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of sorted) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Blanks the given spans out (same length), so offsets stay valid. */
export function mask(text: string, spans: Span[]): string {
  let out = text;
  for (const s of spans)
    out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Unique texts in order of first appearance. */
export function uniqueTexts(spans: Span[]): string[] {
  return [...new Set(spans.map((s) => s.text))];
}
