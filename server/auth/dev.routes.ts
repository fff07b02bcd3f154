import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { DevTokenRequestSchema } from '../../shared/auth/dev-token.schema';
import type { Database } from '../db/database';
import { findDemoAttachment } from '../demo/demo-attachments';
import { demoMailbox } from '../demo/demo-mailbox';
import { NotFoundError } from '../errors';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { findUserById, listUsers } from '../users/user.repository';
import { toUser } from '../users/user.service';
import { devIssuerSettings, type DevIssuer } from './dev-issuer';

/** Paths the dev routes open without a token: you need them to get one. */
export const devPublicPaths = ['/api/dev/users', '/api/dev/token'] as const;

/** Routes that exist only in dev mode: demo users, token minting, the demo mailbox and its attachments. */
export function registerDevRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  issuer: DevIssuer,
): void {
  app.get('/api/dev/users', async () => {
    const rows = await listUsers(db);
    return rows.filter((row) => row.tenant_id === devIssuerSettings.tenantId).map(toUser);
  });

  app.post('/api/dev/token', async (request) => {
    const { userId } = parseInput(DevTokenRequestSchema, request.body);
    const row = await findUserById(db, userId);
    if (!row || row.tenant_id !== devIssuerSettings.tenantId) throw new NotFoundError('Demo user');
    const user = toUser(row);
    const accessToken = await issuer.mint({
      userId: row.object_id,
      name: user.name,
      email: user.email,
      roles: user.roles,
    });
    return { accessToken };
  });

  app.get('/api/dev/mailbox', async () => ({ items: demoMailbox }));

  // The demo workspace plays Outlook, so it hands the pane attachment bytes as Outlook would.
  app.get('/api/dev/attachments/:id', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const messages = demoMailbox.filter((item) => item.kind === 'message');
    const found = findDemoAttachment(messages, id);
    if (!found) throw new NotFoundError('Demo attachment');
    return found;
  });
}
