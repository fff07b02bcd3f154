import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { UnauthenticatedError } from '../errors';
import { resolveUser, type AuthUser } from '../users/user.service';
import type { TokenVerifier } from './token-verifier';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every authenticated /api request. */
    authUser: AuthUser | null;
  }
}

/** Paths under /api that answer without a token. Everything else needs one. */
export type PublicPaths = ReadonlySet<string>;

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (!header) throw new UnauthenticatedError('This request needs a bearer token');
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  if (!match?.[1])
    throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
  return match[1];
}

/** Requires a verified token on every /api route except the public ones. */
export function registerAuthentication(
  app: FastifyInstance,
  db: Kysely<Database>,
  verify: TokenVerifier,
  publicPaths: PublicPaths,
): void {
  app.decorateRequest('authUser', null);
  app.addHook('onRequest', async (request, reply) => {
    // Decide on the route Fastify matched, not the raw URL: "/%61pi/clients" reaches /api/clients too.
    const path = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || publicPaths.has(path)) return;
    const identity = await verify(bearerToken(request));
    request.authUser = await resolveUser(db, identity);
    // Every later log line of this request names who made it (by id, never by name).
    request.log = request.log.child({ userId: request.authUser.id });
    reply.log = request.log;
  });
}

/** The caller of an authenticated route; routes behind the hook always have one. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.authUser) throw new UnauthenticatedError();
  return request.authUser;
}

/** The caller and the request, as services record them in the audit trail. */
export function actorOf(request: FastifyRequest): ActorContext {
  return { userId: currentUser(request).id, requestId: request.id };
}
