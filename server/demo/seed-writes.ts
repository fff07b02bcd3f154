import type { ActorContext } from '../audit/audit.service';

// The seed replays the demo history as the services would have written it. Each write
// runs at the instant it happened, so every audit stream's chain is in time order, and
// its events carry that historic instant rather than the moment the seed runs.

/** The request id every seeded audit event carries. */
export const demoRequestId = 'demo-seed';

// The instant of the write being replayed; set only while runInTimeOrder runs one.
let replayingAt: Date | null = null;

export function demoActor(userId: string): ActorContext {
  return {
    userId,
    requestId: demoRequestId,
    ...(replayingAt ? { at: replayingAt.toISOString() } : {}),
  };
}

/** One write of the seeded history, at the instant it happened. */
export type TimedWrite = { at: Date; write: () => Promise<void> };

/** Runs the writes oldest first; writes at the same instant run in the order given. */
export async function runInTimeOrder(writes: readonly TimedWrite[]): Promise<void> {
  const ordered = writes
    .map((w, index) => ({ w, index }))
    .sort((a, b) => a.w.at.getTime() - b.w.at.getTime() || a.index - b.index);
  try {
    for (const { w } of ordered) {
      replayingAt = w.at;
      await w.write();
    }
  } finally {
    replayingAt = null;
  }
}
