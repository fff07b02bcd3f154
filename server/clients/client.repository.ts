import { sql, type Kysely, type SqlBool } from 'kysely';
import type { visibleClientIds } from '../authz/visibility';
import type { Database } from '../db/database';

/** `lower(column) LIKE pattern`, with backslash declared as the escape SQLite otherwise lacks. */
function lowerLike(column: 'clients.name' | 'contacts.name' | 'contacts.email', pattern: string) {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

function clientSummaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('clients')
    .innerJoin('users as owner', 'owner.id', 'clients.owner_id')
    .select([
      'clients.id',
      'clients.name',
      'clients.segment',
      'clients.owner_id',
      'clients.client_since',
      'clients.risk_rating',
      'owner.name as owner_name',
    ]);
}

export type ClientRow = Awaited<ReturnType<typeof findClientById>> & {};

export function findClientById(db: Kysely<Database>, id: string) {
  return clientSummaryQuery(db).where('clients.id', '=', id).executeTakeFirst();
}

/** Clients ordered by name then id, starting after the given key. */
export function listClients(
  db: Kysely<Database>,
  options: {
    /** A subquery of the client ids the caller may see. */
    visibleIds: ReturnType<typeof visibleClientIds>;
    text?: string;
    after?: { name: string; id: string };
    limit: number;
  },
) {
  let query = clientSummaryQuery(db).where('clients.id', 'in', options.visibleIds);
  if (options.text) {
    const pattern = `%${options.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        lowerLike('clients.name', pattern),
        eb.exists(
          eb
            .selectFrom('contacts')
            .select('contacts.id')
            .whereRef('contacts.client_id', '=', 'clients.id')
            .where((inner) =>
              inner.or([lowerLike('contacts.name', pattern), lowerLike('contacts.email', pattern)]),
            ),
        ),
      ]),
    );
  }
  if (options.after) {
    const { name, id } = options.after;
    query = query.where((eb) =>
      eb.or([
        eb('clients.name', '>', name),
        eb.and([eb('clients.name', '=', name), eb('clients.id', '>', id)]),
      ]),
    );
  }
  return query.orderBy('clients.name').orderBy('clients.id').limit(options.limit).execute();
}

export function listContactsOfClient(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('name')
    .execute();
}

export function findContactsByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('contacts').selectAll().where('email', '=', email.toLowerCase()).execute();
}

export function findClientIdsByDomain(db: Kysely<Database>, domain: string, limit: number) {
  return db
    .selectFrom('contacts')
    .select('client_id')
    .distinct()
    .where('email_domain', '=', domain.toLowerCase())
    .limit(limit)
    .execute();
}

export function findContactById(db: Kysely<Database>, id: string) {
  return db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
}
