import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  EscalationListQuerySchema,
  ResolveEscalationInputSchema,
} from '../../shared/escalations/escalation.schema';
import { actorOf, currentUser } from '../auth/authenticate';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { listEscalations } from './escalation.repository';
import { resolveEscalation, toEscalation } from './escalation.service';

export function registerEscalationRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/escalations', async (request) => {
    const { status } = parseInput(EscalationListQuerySchema, request.query);
    return {
      items: (await listEscalations(db, { status, viewer: currentUser(request) })).map(
        toEscalation,
      ),
    };
  });

  app.get('/api/cases/:id/escalations', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    if (!(await findCaseById(db, id))) throw new NotFoundError('Case');
    return { items: (await listEscalations(db, { caseId: id })).map(toEscalation) };
  });

  app.post('/api/escalations/:id/resolve', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { note } = parseInput(ResolveEscalationInputSchema, request.body);
    return resolveEscalation(db, currentUser(request), actorOf(request), id, note);
  });
}
