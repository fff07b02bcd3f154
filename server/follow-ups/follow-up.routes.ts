import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

export function registerFollowUpRoutes(_app: FastifyInstance, _db: Kysely<Database>): void {
  // Routes arrive with the follow-up feature.
}
