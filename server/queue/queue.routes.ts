import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { queueSummary } from './queue.service';

/** The team lead's view of open work: counts per pile; the lists come from `GET /api/cases`. */
export function registerQueueRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/queue/summary', async (request) => queueSummary(db, currentUser(request)));
}
