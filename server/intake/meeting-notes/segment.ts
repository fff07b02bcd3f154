import type { MeetingNoteKind } from '../../../shared/intake/meeting-notes.schema';

/** One statement of the notes, with the kind its heading or label gives it, if any. */
export type Statement = {
  text: string;
  /** From a heading above it ("Actions:") or a label in front of it ("Decision: …"). */
  hinted: MeetingNoteKind | null;
};

const HEADINGS: [RegExp, MeetingNoteKind][] = [
  [
    /^(?:(?:our|bank|agreed|rm|open)\s+)?(?:actions?|action (?:points?|items?|list)|next steps?|follow[- ]?ups?|to[- ]?dos?|todo|commitments?|promises?(?: made)?|we will|owners?)$/i,
    'promises',
  ],
  [
    /^(?:(?:the\s+)?(?:client|customer)(?:'s)?\s+)?(?:asks?|requests?|questions?|wants|wishes|queries)(?: from (?:the )?(?:client|customer))?$/i,
    'asks',
  ],
  [/^(?:key\s+)?(?:decisions?(?: made)?|agreed|outcomes?|decided|agreements?)$/i, 'decisions'],
];

const LABELS: [RegExp, MeetingNoteKind][] = [
  [
    /^(?:action(?: point| item)?|ap|next step|follow[- ]?up|todo|to do|promise)\s*[:–—-]\s*/i,
    'promises',
  ],
  [/^(?:(?:client\s+)?ask|request|question|client request)\s*[:–—-]\s*/i, 'asks'],
  [/^(?:decision|agreed|decided|outcome)\s*[:–—-]\s*/i, 'decisions'],
];

const BULLET = /^(?:[-*•·–>]+|\d{1,2}[.)]|\[[ x]?\]|[a-z][.)])\s+/i;

/** A heading line's kind; `null` for a heading of another topic, `undefined` when not a heading. */
function headingKind(line: string): MeetingNoteKind | null | undefined {
  const bare = line
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
  const withColon = /^([^:]{2,40}):$/.exec(bare);
  const name = (withColon?.[1] ?? bare).trim();
  for (const [re, kind] of HEADINGS) if (re.test(name)) return kind;
  // A short line ending in a colon is a heading of some other topic ("Discussion:").
  if (withColon) return null;
  if (/^#+\s/.test(line)) return null;
  return undefined;
}

/** Splits prose into sentences, keeping abbreviations such as "e.g." and "Mr." whole. */
function sentences(line: string): string[] {
  return line
    .replace(/\b(Mr|Mrs|Ms|Dr|St|e\.g|i\.e|approx|incl|no|ref)\.\s/gi, '$1\uE000 ')
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])|;\s+/)
    .map((s) => s.replace(/\uE000/g, '.').trim())
    .filter((s) => s.length > 0);
}

/** The notes as statements: bullets and sentences, each with its section's kind. */
export function segment(notes: string): Statement[] {
  const out: Statement[] = [];
  let section: MeetingNoteKind | null = null;
  let blankSinceBullet = false;
  let sectionHasBullets = false;
  for (const raw of notes.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      blankSinceBullet = true;
      continue;
    }
    const heading = headingKind(line);
    if (heading !== undefined) {
      section = heading;
      blankSinceBullet = false;
      sectionHasBullets = false;
      continue;
    }
    const isBullet = BULLET.test(line);
    // Prose after a blank line, or after the section's bullets, has left the section above it.
    if (!isBullet && (blankSinceBullet || sectionHasBullets)) section = null;
    if (isBullet) sectionHasBullets = true;
    blankSinceBullet = false;
    for (const sentence of sentences(line.replace(BULLET, ''))) {
      let text = sentence;
      let hinted = section;
      for (const [re, kind] of LABELS) {
        if (re.test(text)) {
          text = text.replace(re, '');
          hinted = kind;
          break;
        }
      }
      out.push({ text: text.trim(), hinted });
    }
  }
  return out;
}
