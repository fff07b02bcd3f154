import type { Kysely } from 'kysely';
import {
  QueueBucketSchema,
  queueBucketFilters,
  type QueueSummary,
} from '../../shared/queue/queue.schema';
import type { Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { countOpenCases } from './queue.repository';

/**
 * How many open cases the viewer may see sit in each pile. The piles use the same
 * filters as `GET /api/cases`, so a count always matches the list it stands for.
 */
export async function queueSummary(db: Kysely<Database>, viewer: Viewer): Promise<QueueSummary> {
  const buckets = [];
  for (const bucket of QueueBucketSchema.options) {
    buckets.push({ bucket, count: await countOpenCases(db, viewer, queueBucketFilters[bucket]) });
  }
  return { buckets };
}
