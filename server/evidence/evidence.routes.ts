import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

export function registerEvidenceRoutes(
  _app: FastifyInstance,
  _db: Kysely<Database>,
  _options: { dataDir: string },
): void {
  // Routes arrive with the evidence feature.
}
