import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { ClientListQuerySchema, ClientMatchQuerySchema } from '../../shared/clients/client.schema';
import { currentUser } from '../auth/authenticate';
import { getClientBrief } from '../brief/brief.service';
import type { Database } from '../db/database';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { getClient, matchClients, searchClients } from './client.service';

export function registerClientRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/clients', async (request) => {
    const query = parseInput(ClientListQuerySchema, request.query);
    return searchClients(db, currentUser(request), query);
  });

  // Registered before /:id so "match" is never read as a client id.
  app.get('/api/clients/match', async (request) => {
    const { email } = parseInput(ClientMatchQuerySchema, request.query);
    return { items: await matchClients(db, currentUser(request), email) };
  });

  app.get('/api/clients/:id', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return getClient(db, id);
  });

  app.get('/api/clients/:id/brief', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return getClientBrief(db, currentUser(request), id);
  });
}
