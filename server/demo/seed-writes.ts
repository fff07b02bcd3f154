import type { ActorContext } from '../audit/audit.service';

// The seed replays the demo history as the services would have written it. Each write
// is placed at the instant it happened, so every audit stream's chain is in time order.
// appendAudit stamps each event with the moment the seed runs, not the historic
// instant: the order and the hash chain are right, the event times are all "now".

/** The request id every seeded audit event carries. */
export const demoRequestId = 'demo-seed';

export function demoActor(userId: string): ActorContext {
  return { userId, requestId: demoRequestId };
}

/** One write of the seeded history, at the instant it happened. */
export type TimedWrite = { at: Date; write: () => Promise<void> };

/** Runs the writes oldest first; writes at the same instant run in the order given. */
export async function runInTimeOrder(writes: readonly TimedWrite[]): Promise<void> {
  const ordered = writes
    .map((w, index) => ({ w, index }))
    .sort((a, b) => a.w.at.getTime() - b.w.at.getTime() || a.index - b.index);
  for (const { w } of ordered) await w.write();
}
