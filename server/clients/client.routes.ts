import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ClientListQuerySchema, ClientMatchQuerySchema } from '../../shared/clients/client.schema';
import type { Database } from '../db/database';
import { parseInput } from '../http/parse';
import { getClient, getClientBrief, matchClients, searchClients } from './client.service';

const IdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export function registerClientRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/clients', async (request) => {
    const query = parseInput(ClientListQuerySchema, request.query);
    return searchClients(db, query);
  });

  // Registered before /:id so "match" is never read as a client id.
  app.get('/api/clients/match', async (request) => {
    const { email } = parseInput(ClientMatchQuerySchema, request.query);
    return { items: await matchClients(db, email) };
  });

  app.get('/api/clients/:id', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return getClient(db, id);
  });

  app.get('/api/clients/:id/brief', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return getClientBrief(db, id);
  });
}
