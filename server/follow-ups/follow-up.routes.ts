import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  CreateCaseFollowUpInputSchema,
  CreateFollowUpInputSchema,
  FollowUpListQuerySchema,
  FollowUpScopeQuerySchema,
  UpdateFollowUpInputSchema,
} from '../../shared/follow-ups/follow-up.schema';
import { actorOf, currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { expectedVersion, setVersionTag } from '../http/preconditions';
import { updateFollowUp } from './follow-up-edit.service';
import {
  createCaseFollowUp,
  createClientFollowUp,
  getFollowUp,
  pageCaseFollowUps,
  pageClientFollowUps,
  pageFollowUps,
} from './follow-up.service';

export function registerFollowUpRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post('/api/clients/:id/follow-ups', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const input = parseInput(CreateFollowUpInputSchema, request.body);
    const created = await createClientFollowUp(db, actorOf(request), id, input);
    setVersionTag(reply, created.version);
    return reply.status(201).send(created);
  });

  app.get('/api/clients/:id/follow-ups', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return pageClientFollowUps(db, id, parseInput(FollowUpScopeQuerySchema, request.query));
  });

  app.post('/api/cases/:id/follow-ups', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const input = parseInput(CreateCaseFollowUpInputSchema, request.body);
    const created = await createCaseFollowUp(db, actorOf(request), id, input);
    setVersionTag(reply, created.version);
    return reply.status(201).send(created);
  });

  app.get('/api/cases/:id/follow-ups', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return pageCaseFollowUps(db, id, parseInput(FollowUpScopeQuerySchema, request.query));
  });

  // "My work": owner=me (the default) or a user id, overdue first, then by due date.
  app.get('/api/follow-ups', async (request) => {
    const { owner, status, cursor, limit } = parseInput(FollowUpListQuerySchema, request.query);
    const viewer = currentUser(request);
    const ownerId = owner === 'me' ? viewer.id : owner;
    return pageFollowUps(db, { ownerId, status, viewer }, { cursor, limit });
  });

  app.get('/api/follow-ups/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const found = await getFollowUp(db, id);
    setVersionTag(reply, found.version);
    return found;
  });

  app.patch('/api/follow-ups/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const version = expectedVersion(request);
    const patch = parseInput(UpdateFollowUpInputSchema, request.body);
    const updated = await updateFollowUp(db, actorOf(request), id, version, patch);
    setVersionTag(reply, updated.version);
    return updated;
  });
}
