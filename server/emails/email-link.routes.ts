import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { EmailLinksQuerySchema } from '../../shared/emails/email-link.schema';
import { currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { parseInput } from '../http/parse';
import { listLinkedCases } from './email-link.service';

export function registerEmailLinkRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/emails/links', async (request) => {
    const query = parseInput(EmailLinksQuerySchema, request.query);
    return listLinkedCases(db, currentUser(request), query);
  });
}
