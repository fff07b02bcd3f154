import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { CreateCaseInputSchema } from '../../shared/cases/case.schema';
import { CreateEmailLinkInputSchema } from '../../shared/emails/email-link.schema';
import { actorOf, currentUser } from '../auth/authenticate';
import { canSeeCase, canSeeClient } from '../authz/visibility';
import { DomainError, NotFoundError } from '../errors';
import { CaseSearchQuerySchema } from '../../shared/cases/case.schema';
import { searchCases } from './case-search';
import type { Database } from '../db/database';
import { linkEmailToCase } from '../emails/email-link.service';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { expectedVersion, setVersionTag } from '../http/preconditions';
import {
  TransitionInputSchema,
  UpdateCaseInputSchema,
} from '../../shared/cases/case-commands.schema';
import { updateCase } from './case-edit.service';
import { transitionCase } from './case-transition.service';
import { createCaseFromEmail, getCaseDetail } from './case.service';

export function registerCaseRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post('/api/cases', async (request, reply) => {
    const input = parseInput(CreateCaseInputSchema, request.body);
    const viewer = currentUser(request);
    if (!(await canSeeClient(db, viewer, input.clientId))) throw new NotFoundError('Client');
    const result = await createCaseFromEmail(db, actorOf(request), input);
    if (!result.created && !(await canSeeCase(db, viewer, result.case.id))) {
      // Say that the email is taken, but nothing about a case the caller may not see.
      throw new DomainError(
        'conflict',
        'This email is already on a case you do not have access to',
      );
    }
    setVersionTag(reply, result.case.version);
    return reply.status(result.created ? 201 : 200).send(result.case);
  });

  app.get('/api/cases', async (request) => {
    const query = parseInput(CaseSearchQuerySchema, request.query);
    return searchCases(db, currentUser(request), query);
  });

  app.get('/api/cases/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const found = await getCaseDetail(db, id);
    setVersionTag(reply, found.version);
    return found;
  });

  app.patch('/api/cases/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const version = expectedVersion(request);
    const patch = parseInput(UpdateCaseInputSchema, request.body);
    const updated = await updateCase(db, actorOf(request), id, version, patch);
    setVersionTag(reply, updated.version);
    return updated;
  });

  app.post('/api/cases/:id/transitions', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const version = expectedVersion(request);
    const input = parseInput(TransitionInputSchema, request.body);
    const moved = await transitionCase(db, actorOf(request), id, version, input);
    setVersionTag(reply, moved.version);
    return moved;
  });

  app.post('/api/cases/:id/links', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { email } = parseInput(CreateEmailLinkInputSchema, request.body);
    const result = await linkEmailToCase(db, actorOf(request), id, email);
    return reply.status(result.created ? 201 : 200).send(result.link);
  });
}
