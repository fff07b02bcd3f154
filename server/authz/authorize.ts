import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { mayDo } from '../../shared/authz/permissions';
import type { Database } from '../db/database';
import { DomainError, NotFoundError } from '../errors';
import type { RouteSpec } from '../http/catalog/route-spec';
import { canAccess } from './object-access';

/** How a 404 names each kind of object. */
export const objectNames = {
  case: 'Case',
  client: 'Client',
  relationship: 'Client',
  evidence: 'Evidence',
  approval: 'Approval',
  follow_up: 'Follow-up',
  interaction: 'Interaction',
  escalation: 'Escalation',
} as const;

/**
 * Checks every API request against the route table before its handler runs:
 * the caller's roles must grant the route's action (403 otherwise), and the
 * object its `:id` names must be one the caller may see (404 otherwise, so its
 * existence is not revealed). A route missing from the table is refused.
 */
export function registerAuthorization(
  app: FastifyInstance,
  db: Kysely<Database>,
  routes: readonly RouteSpec[],
): void {
  const byRoute = new Map(routes.map((r) => [`${r.method} ${r.path}`, r]));
  app.addHook('preHandler', async (request) => {
    const path = request.routeOptions.url ?? '';
    if (!path.startsWith('/api/')) return;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const spec = byRoute.get(`${method} ${path}`);
    if (!spec) throw new DomainError('forbidden', 'This route has no authorization rule');
    if (spec.access === 'public') return;
    const user = request.authUser;
    if (!user) throw new DomainError('unauthenticated', 'Sign in to continue');
    if (!spec.permission || !mayDo(user.roles, spec.permission)) {
      throw new DomainError('forbidden', 'Your role does not allow this', {
        rule: 'role',
        action: spec.permission,
      });
    }
    const id = (request.params as { id?: string } | undefined)?.id;
    if (spec.object && id !== undefined && !(await canAccess(db, user, spec.object, id))) {
      throw new NotFoundError(objectNames[spec.object]);
    }
  });
}
