import type { Insertable, Kysely } from 'kysely';
import { relationshipClientIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import type { InteractionTable } from './interaction.table';

function interactionQuery(db: Kysely<Database>) {
  return db
    .selectFrom('interactions')
    .innerJoin('users as recorder', 'recorder.id', 'interactions.recorded_by')
    .selectAll('interactions')
    .select('recorder.name as recorded_by_name');
}

export type InteractionRow = NonNullable<Awaited<ReturnType<typeof findInteractionById>>>;

export function findInteractionById(db: Kysely<Database>, id: string) {
  return interactionQuery(db).where('interactions.id', '=', id).executeTakeFirst();
}

export async function insertInteraction(db: Kysely<Database>, row: Insertable<InteractionTable>) {
  await db.insertInto('interactions').values(row).execute();
}

/** Position in a newest-first list. */
export type InteractionKey = { occurredAt: string; id: string };

/** Interactions newest first, starting after the given key. */
export function listInteractions(
  db: Kysely<Database>,
  filter: {
    clientId?: string;
    sensitive?: boolean;
    after?: InteractionKey;
    /** Only interactions with clients whose relationship this viewer may see. */
    viewer?: Viewer;
    limit: number;
  },
) {
  let query = interactionQuery(db);
  if (filter.viewer) {
    query = query.where('interactions.client_id', 'in', relationshipClientIds(db, filter.viewer));
  }
  if (filter.clientId) query = query.where('interactions.client_id', '=', filter.clientId);
  if (filter.sensitive !== undefined) {
    query = query.where('interactions.sensitive', '=', filter.sensitive ? 1 : 0);
  }
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('interactions.occurred_at', '<', after.occurredAt),
        eb.and([
          eb('interactions.occurred_at', '=', after.occurredAt),
          eb('interactions.id', '<', after.id),
        ]),
      ]),
    );
  }
  return query
    .orderBy('interactions.occurred_at', 'desc')
    .orderBy('interactions.id', 'desc')
    .limit(filter.limit)
    .execute();
}
