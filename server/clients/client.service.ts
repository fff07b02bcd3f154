import type { Kysely, Selectable } from 'kysely';
import type {
  Client,
  ClientMatch,
  ClientSummary,
  Contact,
  Segment,
} from '../../shared/clients/client.schema';
import { visibleClientIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { NotFoundError, ValidationError } from '../errors';
import type { ContactTable } from './client.table';
import {
  findClientById,
  findClientIdsByDomain,
  findContactsByEmail,
  listClients,
  listContactsOfClient,
  type ClientRow,
} from './client.repository';
import { isPublicMailDomain } from './public-mail-domains';

// Above this many clients a domain says nothing about who wrote (a public mail provider).
const maxDomainMatches = 5;

function toSummary(row: ClientRow): ClientSummary {
  return {
    id: row.id,
    name: row.name,
    segment: row.segment as Segment,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
  };
}

function toContact(row: Selectable<ContactTable>): Contact {
  return { id: row.id, clientId: row.client_id, name: row.name, email: row.email, role: row.role };
}

function encodeCursor(row: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { name, id };
  } catch {
    // fall through to the validation error below
  }
  throw new ValidationError('The cursor is not one this server issued');
}

export async function searchClients(
  db: Kysely<Database>,
  viewer: Viewer,
  query: { query?: string; cursor?: string; limit: number },
) {
  const rows = await listClients(db, {
    visibleIds: visibleClientIds(db, viewer),
    text: query.query || undefined,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    ...(rows.length > query.limit && last ? { nextCursor: encodeCursor(last) } : {}),
  };
}

export async function getClient(db: Kysely<Database>, id: string): Promise<Client> {
  const row = await findClientById(db, id);
  if (!row) throw new NotFoundError('Client');
  const contacts = await listContactsOfClient(db, id);
  return {
    ...toSummary(row),
    clientSince: row.client_since,
    riskRating: row.risk_rating as Client['riskRating'],
    contacts: contacts.map(toContact),
  };
}

/** Finds who wrote from an address, among the clients the viewer may see. */
export async function matchClients(
  db: Kysely<Database>,
  viewer: Viewer,
  email: string,
): Promise<ClientMatch[]> {
  const candidates = await matchAnyClient(db, email);
  if (candidates.length === 0) return [];
  const ids = candidates.map((m) => m.client.id);
  const visible = new Set(
    (await visibleClientIds(db, viewer).where('clients.id', 'in', ids).execute()).map((r) => r.id),
  );
  return candidates.filter((m) => visible.has(m.client.id));
}

/** Who wrote from an address: a known contact first, then the address's domain. */
async function matchAnyClient(db: Kysely<Database>, email: string): Promise<ClientMatch[]> {
  const contacts = await findContactsByEmail(db, email);
  if (contacts.length > 0) {
    const matches: ClientMatch[] = [];
    for (const contact of contacts) {
      const client = await findClientById(db, contact.client_id);
      if (client)
        matches.push({
          client: toSummary(client),
          contact: toContact(contact),
          matchedBy: 'contact',
        });
    }
    return matches;
  }
  const domain = email.split('@')[1] ?? '';
  if (isPublicMailDomain(domain)) return [];
  const ids = await findClientIdsByDomain(db, domain, maxDomainMatches + 1);
  if (ids.length === 0 || ids.length > maxDomainMatches) return [];
  const matches: ClientMatch[] = [];
  for (const { client_id } of ids) {
    const client = await findClientById(db, client_id);
    if (client) matches.push({ client: toSummary(client), contact: null, matchedBy: 'domain' });
  }
  return matches.sort((a, b) => a.client.name.localeCompare(b.client.name));
}
