import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { RoleSchema, type Role, type User } from '../../shared/users/user.schema';
import type { VerifiedIdentity } from '../auth/token-verifier';
import type { Database } from '../db/database';
import type { UserTable } from './user.table';
import { findUserByIdentity, insertUser } from './user.repository';

/** The person behind the current request. */
/** The person behind the current request; `team` decides which queues and clients are theirs. */
export type AuthUser = User & { tenantId: string; team: string | null };

/** Keeps only role names Caseline knows, so a stray claim grants nothing. */
export function knownRoles(values: readonly string[]): Role[] {
  return values.flatMap((value) => {
    const parsed = RoleSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toUser(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: knownRoles(JSON.parse(row.roles) as string[]),
  };
}

/**
 * Finds the user a verified token names, creating the record on first sight.
 * Roles always come from the token, never from what was stored earlier.
 */
export async function resolveUser(
  db: Kysely<Database>,
  identity: VerifiedIdentity,
): Promise<AuthUser> {
  const roles = knownRoles(identity.roles);
  let row = await findUserByIdentity(db, identity.tenantId, identity.objectId);
  if (!row) {
    await insertUser(db, {
      id: randomUUID(),
      tenant_id: identity.tenantId,
      object_id: identity.objectId,
      name: identity.name,
      email: identity.email,
      roles: JSON.stringify(roles),
      team: null,
      created_at: new Date().toISOString(),
    });
    row = await findUserByIdentity(db, identity.tenantId, identity.objectId);
    if (!row) throw new Error('User record vanished after insert');
  }
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles,
    tenantId: row.tenant_id,
    team: row.team,
  };
}
