import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { caseStream, caseTimeline, verifyStream } from './audit.service';

export function registerAuditRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/cases/:id/audit', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    if (!(await findCaseById(db, id))) throw new NotFoundError('Case');
    return { items: await caseTimeline(db, id) };
  });

  app.get('/api/cases/:id/audit/verify', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    if (!(await findCaseById(db, id))) throw new NotFoundError('Case');
    return verifyStream(db, caseStream(id));
  });
}
