import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { assigneesOfCase } from './case-assignment';

/** Whom a case may be given to: what "Reassign" offers, without listing every user. */
export function registerCaseAssigneeRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/cases/:id/assignees', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const items = await assigneesOfCase(db, id);
    if (!items) throw new NotFoundError('Case');
    return { items };
  });
}
