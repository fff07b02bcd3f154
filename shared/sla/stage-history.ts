import { z } from 'zod';
import { StageSchema, type Stage } from '../cases/case.schema';

/** One stint of a case in a stage; `to` is null for the stage it is in now. */
export const StageIntervalSchema = z.object({
  stage: StageSchema,
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }).nullable(),
});
export type StageInterval = z.infer<typeof StageIntervalSchema>;

/** A stint as instants. */
export type Span = { stage: Stage; from: number; to: number };

/**
 * A stage history ready for measuring: sorted, consecutive stints in the same stage merged,
 * and every stint clipped to `endAt` (now, or the `to` of a finished history).
 */
export type Timeline = {
  spans: Span[];
  current: Span;
  createdAt: number;
  endAt: number;
  /** False when the last stint has a `to`: the case is finished and no clock runs. */
  open: boolean;
  now: number;
};

/** What one clock counted: the spans it ran in, and whether it runs, waits or has stopped. */
export type Tracked = {
  segments: Array<readonly [number, number]>;
  running: boolean;
  paused: boolean;
  stoppedAt: number | null;
};

function instant(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`Not an ISO instant: ${iso}`);
  return t;
}

export function toTimeline(history: readonly StageInterval[], now: Date): Timeline {
  const nowMs = now.getTime();
  const raw = history
    .map((i) => ({
      stage: i.stage,
      from: instant(i.from),
      to: i.to === null ? null : instant(i.to),
    }))
    .sort((a, b) => a.from - b.from);
  const first = raw[0];
  const last = raw.at(-1);
  if (!first || !last) throw new RangeError('A stage history needs at least one interval');
  const open = last.to === null;
  const endAt = last.to === null ? nowMs : Math.min(nowMs, last.to);
  const spans: Span[] = [];
  for (const r of raw) {
    const to = Math.min(r.to ?? endAt, endAt);
    const span = { stage: r.stage, from: Math.min(r.from, to), to };
    const previous = spans.at(-1);
    // Two stints in a row in the same stage are one stint (e.g. a re-saved stage).
    if (previous && previous.stage === span.stage) previous.to = Math.max(previous.to, span.to);
    else spans.push(span);
  }
  const current = spans.at(-1) ?? { stage: first.stage, from: first.from, to: endAt };
  return { spans, current, createdAt: first.from, endAt, open, now: nowMs };
}

/** When the case first entered a stage matching `match`, if it has. */
export function firstEntry(tl: Timeline, match: (stage: Stage) => boolean): number | null {
  return tl.spans.find((s) => match(s.stage))?.from ?? null;
}

/** A clock that runs from creation until `stop` (or for as long as the case has lived). */
export function trackUntil(tl: Timeline, stop: number | null): Tracked {
  const end = stop === null ? tl.endAt : Math.max(tl.createdAt, Math.min(stop, tl.endAt));
  // A stop still in the future (a clock skew) has not happened yet.
  const running = tl.open && (stop === null || stop > tl.now);
  return {
    segments: end > tl.createdAt ? [[tl.createdAt, end]] : [],
    running,
    paused: false,
    stoppedAt: running ? null : end,
  };
}

/**
 * A clock that counts in stages matching `counts`, stops in stages matching `stops` (and
 * picks up again if the case leaves them: a reopen), and is paused in any other stage.
 */
export function trackWhile(
  tl: Timeline,
  counts: (stage: Stage) => boolean,
  stops: (stage: Stage) => boolean,
): Tracked {
  const segments = tl.spans
    .filter((s) => counts(s.stage) && s.to > s.from)
    .map((s) => [s.from, s.to] as const);
  const running = tl.open && counts(tl.current.stage);
  const paused = tl.open && !running && !stops(tl.current.stage);
  let stoppedAt: number | null = null;
  if (!running && !paused) {
    // Stopped when the trailing run of stopping stages began (resolved, then closed).
    let i = tl.spans.length;
    for (; i > 0; i--) {
      const before = tl.spans[i - 1];
      if (!before || !stops(before.stage)) break;
    }
    stoppedAt = tl.spans[i]?.from ?? tl.endAt;
  }
  return { segments, running, paused, stoppedAt };
}

/** A clock on the latest stint in `stage`; it has never run if the case was never there. */
export function trackLastStint(tl: Timeline, stage: Stage): Tracked {
  const index = tl.spans.findLastIndex((s) => s.stage === stage);
  const span = tl.spans[index];
  if (!span) return { segments: [], running: false, paused: false, stoppedAt: null };
  const running = tl.open && index === tl.spans.length - 1;
  return {
    segments: span.to > span.from ? [[span.from, span.to]] : [],
    running,
    paused: false,
    stoppedAt: running ? null : span.to,
  };
}

/**
 * Contiguous stage intervals from a case's creation and its recorded stage changes (as the
 * `stage_changes` table holds them), for `computeClocks`. A change recorded at creation
 * itself just leaves a zero-length first interval, which no clock counts.
 */
export function intervalsFromChanges(
  createdAt: string,
  changes: ReadonlyArray<{ toStage: Stage; at: string }>,
  initialStage: Stage = 'new',
): StageInterval[] {
  const intervals: StageInterval[] = [{ stage: initialStage, from: createdAt, to: null }];
  const ordered = [...changes].sort((a, b) => instant(a.at) - instant(b.at));
  for (const change of ordered) {
    const last = intervals.at(-1);
    if (last) last.to = change.at;
    intervals.push({ stage: change.toStage, from: change.at, to: null });
  }
  return intervals;
}
