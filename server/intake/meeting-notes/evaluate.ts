import {
  LabeledMeetingNotesSchema,
  MeetingNoteKindSchema,
  type LabeledMeetingNotes,
  type MeetingNoteItem,
  type MeetingNoteKind,
} from '../../../shared/intake/meeting-notes.schema';
import { extractMeetingNotes } from './extract';

export type KindStats = {
  kind: MeetingNoteKind;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
};
export type Agreement = { right: number; of: number; accuracy: number };
export type MeetingEvaluation = {
  n: number;
  perKind: KindStats[];
  microF1: number;
  /** Over found items that match a labeled one: is the owner hint the labeled one? */
  owner: Agreement;
  promiseOwner: Agreement;
  /** Over matched items: the same due date, or both none. */
  dueDate: Agreement;
  promiseDueDate: Agreement;
  errors: { id: string; kind: MeetingNoteKind; problem: string; text: string }[];
};

/** Two texts count as the same statement when their words overlap this much (token F1). */
export const matchThreshold = 0.5;

const tokens = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}£$€%]+/gu, ' ')
    .split(' ')
    .filter(Boolean);

/** Word-overlap F1 between two statements. */
export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const pool = [...tb];
  let common = 0;
  for (const t of ta) {
    const i = pool.indexOf(t);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

/** A widened owner ("Rahul Mehta") agrees with the label's "Rahul". */
const sameOwner = (got: string, want: string) =>
  got.toLowerCase() === want.toLowerCase() ||
  got.toLowerCase().startsWith(`${want.toLowerCase()} `);

/** Pairs found items with labeled ones, best overlap first, each used once. */
function pairUp(expected: MeetingNoteItem[], got: MeetingNoteItem[]) {
  const candidates = expected
    .flatMap((e, i) => got.map((g, j) => ({ i, j, score: overlap(e.text, g.text) })))
    .filter((c) => c.score >= matchThreshold)
    .sort((a, b) => b.score - a.score);
  const usedE = new Set<number>();
  const usedG = new Set<number>();
  const pairs: { e: MeetingNoteItem; g: MeetingNoteItem }[] = [];
  for (const c of candidates) {
    if (usedE.has(c.i) || usedG.has(c.j)) continue;
    usedE.add(c.i);
    usedG.add(c.j);
    const e = expected[c.i];
    const g = got[c.j];
    if (e && g) pairs.push({ e, g });
  }
  return {
    pairs,
    missed: expected.filter((_, i) => !usedE.has(i)),
    extra: got.filter((_, j) => !usedG.has(j)),
  };
}

const agreement = (right: number, of: number): Agreement => ({
  right,
  of,
  accuracy: of === 0 ? 1 : right / of,
});

/** Parses a JSONL file's text into labeled notes, naming the line of any bad record. */
export function parseLabeledNotes(text: string): LabeledMeetingNotes[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, i }) => {
      const parsed = LabeledMeetingNotesSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Runs the extractor over labeled notes and scores it per kind, then owners and due dates of the matches. */
export function evaluateMeetingNotes(notes: LabeledMeetingNotes[]): MeetingEvaluation {
  const counts = new Map(MeetingNoteKindSchema.options.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const tally = {
    owner: { right: 0, of: 0 },
    promiseOwner: { right: 0, of: 0 },
    due: { right: 0, of: 0 },
    promiseDue: { right: 0, of: 0 },
  };
  const errors: MeetingEvaluation['errors'] = [];
  for (const note of notes) {
    const got = extractMeetingNotes({
      notes: note.notes,
      meetingDate: note.meetingDate,
      attendees: note.attendees,
    });
    for (const kind of MeetingNoteKindSchema.options) {
      const { pairs, missed, extra } = pairUp(note.label[kind], got[kind]);
      const c = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      c.tp += pairs.length;
      c.fp += extra.length;
      c.fn += missed.length;
      for (const x of missed) errors.push({ id: note.id, kind, problem: 'missed', text: x.text });
      for (const x of extra) errors.push({ id: note.id, kind, problem: 'extra', text: x.text });
      for (const { e, g } of pairs) {
        const ownerRight = sameOwner(g.ownerHint, e.ownerHint) ? 1 : 0;
        const dueRight = g.dueDate === e.dueDate ? 1 : 0;
        const counted = kind === 'promises' ? [tally.owner, tally.promiseOwner] : [tally.owner];
        for (const t of counted) {
          t.right += ownerRight;
          t.of += 1;
        }
        for (const t of kind === 'promises' ? [tally.due, tally.promiseDue] : [tally.due]) {
          t.right += dueRight;
          t.of += 1;
        }
        if (!ownerRight)
          errors.push({
            id: note.id,
            kind,
            problem: `owner ${g.ownerHint}, labeled ${e.ownerHint}`,
            text: e.text,
          });
        if (!dueRight)
          errors.push({
            id: note.id,
            kind,
            problem: `due ${g.dueDate}, labeled ${e.dueDate}`,
            text: e.text,
          });
      }
    }
  }
  const perKind = [...counts.entries()].map(([kind, c]) => {
    const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    const f1 = c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    return { kind, ...c, precision, recall, f1 };
  });
  const sum = perKind.reduce((a, k) => ({ tp: a.tp + k.tp, fp: a.fp + k.fp, fn: a.fn + k.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  return {
    n: notes.length,
    perKind,
    microF1: sum.tp === 0 ? 0 : (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn),
    owner: agreement(tally.owner.right, tally.owner.of),
    promiseOwner: agreement(tally.promiseOwner.right, tally.promiseOwner.of),
    dueDate: agreement(tally.due.right, tally.due.of),
    promiseDueDate: agreement(tally.promiseDue.right, tally.promiseDue.of),
    errors,
  };
}

/** The summary line `npm run eval:meetings` prints last. */
export function meetingSummaryLine(r: MeetingEvaluation): string {
  const f = (x: number) => x.toFixed(2);
  const kinds = r.perKind.map((k) => `${k.kind} F1=${f(k.f1)}`).join(' ');
  return `${kinds} micro F1=${f(r.microF1)} owner accuracy=${f(r.owner.accuracy)} due-date accuracy=${f(r.dueDate.accuracy)} n=${r.n}`;
}
