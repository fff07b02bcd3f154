import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

export function findUserByIdentity(db: Kysely<Database>, tenantId: string, objectId: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('object_id', '=', objectId)
    .executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<Database>) {
  return db.selectFrom('users').selectAll().orderBy('name').execute();
}

export type NewUserRow = {
  id: string;
  tenant_id: string;
  object_id: string;
  name: string;
  email: string;
  roles: string;
  team: string | null;
  created_at: string;
};

export async function insertUser(db: Kysely<Database>, row: NewUserRow) {
  await db
    .insertInto('users')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'object_id']).doNothing())
    .execute();
}
