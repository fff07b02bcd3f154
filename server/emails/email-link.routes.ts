import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  EmailLinkParamsSchema,
  EmailLinksQuerySchema,
  UnlinkEmailInputSchema,
} from '../../shared/emails/email-link.schema';
import { actorOf, currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { parseInput } from '../http/parse';
import { listLinkedCases } from './email-link.service';
import { unlinkEmail } from './email-unlink.service';

export function registerEmailLinkRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/emails/links', async (request) => {
    const query = parseInput(EmailLinksQuerySchema, request.query);
    return listLinkedCases(db, currentUser(request), query);
  });

  app.post('/api/cases/:id/links/:linkId/unlink', async (request) => {
    const { id, linkId } = parseInput(EmailLinkParamsSchema, request.params);
    const { reason } = parseInput(UnlinkEmailInputSchema, request.body ?? {});
    return unlinkEmail(db, actorOf(request), id, linkId, reason);
  });
}
