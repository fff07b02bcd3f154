import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { CreateCaseInputSchema } from '../../shared/cases/case.schema';
import { CreateEmailLinkInputSchema } from '../../shared/emails/email-link.schema';
import { currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { linkEmailToCase } from '../emails/email-link.service';
import { parseInput } from '../http/parse';
import { createCaseFromEmail, getCase } from './case.service';

const IdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export function registerCaseRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post('/api/cases', async (request, reply) => {
    const input = parseInput(CreateCaseInputSchema, request.body);
    const result = await createCaseFromEmail(db, currentUser(request), input);
    reply.header('ETag', `"${result.case.version}"`);
    return reply.status(result.created ? 201 : 200).send(result.case);
  });

  app.get('/api/cases/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const found = await getCase(db, id);
    reply.header('ETag', `"${found.version}"`);
    return found;
  });

  app.post('/api/cases/:id/links', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { email } = parseInput(CreateEmailLinkInputSchema, request.body);
    const result = await linkEmailToCase(db, currentUser(request), id, email);
    return reply.status(result.created ? 201 : 200).send(result.link);
  });
}
