import { z } from 'zod';
import type { CaseSearchQuery } from '../cases/case.schema';

/** The piles of open work a team lead watches, each a filter over the cases the caller may see. */
export const QueueBucketSchema = z.enum([
  'needs_triage',
  'waiting_customer',
  'waiting_internal',
  'at_risk',
  'pending_approval',
]);
export type QueueBucket = z.infer<typeof QueueBucketSchema>;

/** Open cases only; which stages or SLA states put a case in each pile (a case may be in two). */
export const queueBucketFilters: Readonly<
  Record<QueueBucket, Pick<CaseSearchQuery, 'stage' | 'slaState'>>
> = {
  // Not yet triaged: just arrived, or being triaged.
  needs_triage: { stage: ['new', 'triage'] },
  waiting_customer: { stage: ['waiting_customer'] },
  waiting_internal: { stage: ['waiting_internal'] },
  at_risk: { slaState: ['at_risk', 'breached'] },
  pending_approval: { stage: ['pending_approval'] },
};

/** `GET /api/queue/summary`: how many open cases the caller may see are in each pile. */
export const QueueSummarySchema = z.object({
  buckets: z.array(z.object({ bucket: QueueBucketSchema, count: z.number().int().min(0) })),
});
export type QueueSummary = z.infer<typeof QueueSummarySchema>;
