import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../shared/authz/current-user.schema';
import { actions, mayDo } from '../../shared/authz/permissions';
import { AssignTeamInputSchema, type ManagedUser } from '../../shared/users/user.schema';
import { appendAudit } from '../audit/audit.service';
import { actorOf, currentUser } from '../auth/authenticate';
import { teams } from '../authz/organisation';
import type { Database } from '../db/database';
import { NotFoundError, ValidationError } from '../errors';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { findUserById, listUsers } from './user.repository';
import { toUser } from './user.service';

function toManagedUser(row: NonNullable<Awaited<ReturnType<typeof findUserById>>>): ManagedUser {
  return { ...toUser(row), team: row.team };
}

/** Administration of users: today, which team each belongs to. Entra ID users arrive with none. */
export function registerUserRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  // The server still checks every action; this only lets the pane hide what would be refused.
  app.get('/api/me', async (request): Promise<CurrentUser> => {
    const me = currentUser(request);
    return {
      id: me.id,
      name: me.name,
      email: me.email,
      roles: me.roles,
      team: me.team,
      actions: actions.filter((action) => mayDo(me.roles, action)),
    };
  });

  app.get('/api/users', async () => ({ items: (await listUsers(db)).map(toManagedUser) }));

  app.patch('/api/users/:id', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { team } = parseInput(AssignTeamInputSchema, request.body);
    if (team !== null && !teams[team]) {
      throw new ValidationError(`Unknown team; use one of ${Object.keys(teams).join(', ')}`, {
        issues: [{ path: 'team', message: 'Unknown team' }],
      });
    }
    const row = await findUserById(db, id);
    if (!row) throw new NotFoundError('User');
    // A team decides what someone may see, so every change is on the record.
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ team }).where('id', '=', id).execute();
      await appendAudit(trx, actorOf(request), {
        stream: 'users',
        caseId: null,
        action: 'user.team_assigned',
        entityType: 'user',
        entityId: id,
        changes: [{ field: 'team', before: row.team, after: team }],
      });
    });
    const updated = await findUserById(db, id);
    if (!updated) throw new NotFoundError('User');
    return toManagedUser(updated);
  });
}
