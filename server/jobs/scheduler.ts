import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { expireDueApprovals } from '../approvals/approval-expiry.service';
import type { Database } from '../db/database';
import { evaluateEscalations } from '../escalations/escalation.service';
import { refreshOpenCaseSlas } from '../sla/refresh-open-cases';
import { runExclusive } from './run-exclusive';

export type Scheduler = { runOnce: () => Promise<void>; stop: () => Promise<void> };

/** Every minute: expire lapsed approvals, refresh SLA snapshots, then raise the escalations that are due. */
export function startScheduler(
  db: Kysely<Database>,
  log: FastifyBaseLogger,
  intervalMs = 60_000,
): Scheduler {
  let running: Promise<void> | null = null;
  const runOnce = async () => {
    const now = new Date();
    await runExclusive(db, 'scheduler', async () => {
      const expiredApprovals = await expireDueApprovals(db, now);
      const refreshed = await refreshOpenCaseSlas(db, now);
      const escalations = await evaluateEscalations(db, now);
      log.info({ expiredApprovals, refreshed, ...escalations }, 'scheduler round');
    });
  };
  const tick = () => {
    if (running) return;
    running = runOnce()
      .catch((error: unknown) => log.error({ err: error }, 'scheduler round failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    runOnce,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
