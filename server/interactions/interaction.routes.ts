import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  InteractionListQuerySchema,
  InteractionPageQuerySchema,
  RecordInteractionInputSchema,
} from '../../shared/interactions/interaction.schema';
import { mayDo } from '../../shared/authz/permissions';
import { actorOf, currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import {
  getInteraction,
  pageClientInteractions,
  pageInteractions,
  recordInteraction,
} from './interaction.service';

export function registerInteractionRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post('/api/clients/:id/interactions', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const input = parseInput(RecordInteractionInputSchema, request.body);
    const recorded = await recordInteraction(db, actorOf(request), id, input);
    return reply.status(201).send(recorded);
  });

  app.get('/api/clients/:id/interactions', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return pageClientInteractions(db, id, parseInput(InteractionPageQuerySchema, request.query));
  });

  // Relationship managers see their clients' interactions; reviewers (managers and
  // auditors) may list the ones flagged sensitive across clients.
  app.get('/api/interactions', async (request) => {
    const { sensitive, cursor, limit } = parseInput(InteractionListQuerySchema, request.query);
    const user = currentUser(request);
    const reviewing = sensitive === 'true' && mayDo(user.roles, 'interaction.read_sensitive');
    const filter = {
      ...(sensitive === undefined ? {} : { sensitive: sensitive === 'true' }),
      ...(reviewing ? {} : { viewer: user }),
    };
    return pageInteractions(db, filter, { cursor, limit });
  });

  app.get('/api/interactions/:id', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return getInteraction(db, id);
  });
}
