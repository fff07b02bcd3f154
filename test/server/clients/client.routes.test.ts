import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientMatchListSchema,
  ClientPageSchema,
  ClientSchema,
  type ClientSummary,
} from '../../../shared/clients/client.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { isPublicMailDomain } from '../../../server/clients/public-mail-domains';
import { demoData } from '../../../server/demo/demo-data';
import type { DemoClient } from '../../../server/demo/demo-data.types';
import { createTestApp, type TestApp } from '../../support/test-app';

// These tests only read, apart from the ones that add their own rows, so one app serves them all.
let t: TestApp;
let authorization: string;

beforeAll(async () => {
  t = await createTestApp();
  authorization = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
});

afterAll(async () => {
  await t.close();
});

function get(url: string) {
  return t.app.inject({ method: 'GET', url, headers: { authorization } });
}

function errorOf(response: { json: () => unknown }) {
  return ErrorBodySchema.parse(response.json()).error;
}

function domainOf(email: string): string {
  return (email.split('@')[1] ?? '').toLowerCase();
}

/** Code-unit order, which is SQLite's BINARY collation for these names. */
function byNameThenId(a: { name: string; id: string }, b: { name: string; id: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Which demo clients a free-text search should find, worked out from the demo data itself. */
function expectedSearch(text: string): string[] {
  const needle = text.toLowerCase();
  return demoData.clients
    .filter(
      (c) =>
        c.name.toLowerCase().includes(needle) ||
        c.contacts.some(
          (k) => k.name.toLowerCase().includes(needle) || k.email.toLowerCase().includes(needle),
        ),
    )
    .sort(byNameThenId)
    .map((c) => c.id);
}

async function searchAll(text: string): Promise<ClientSummary[]> {
  const response = await get(`/api/clients?limit=100&query=${encodeURIComponent(text)}`);
  expect(response.statusCode).toBe(200);
  const page = ClientPageSchema.parse(response.json());
  expect(page.nextCursor).toBeUndefined();
  return page.items;
}

/** Company domains (not public mail) and the distinct clients whose contacts use each. */
function companyDomains(): Map<string, DemoClient[]> {
  const byDomain = new Map<string, DemoClient[]>();
  for (const client of demoData.clients) {
    for (const domain of new Set(client.contacts.map((c) => domainOf(c.email)))) {
      if (isPublicMailDomain(domain)) continue;
      byDomain.set(domain, [...(byDomain.get(domain) ?? []), client]);
    }
  }
  return byDomain;
}

const sharedDomain = [...companyDomains()].find(
  ([, clients]) => clients.length >= 2 && clients.length <= 5,
);

describe('GET /api/clients', () => {
  it('answers a page shaped {items, nextCursor}', async () => {
    const response = await get('/api/clients?limit=2');
    expect(response.statusCode).toBe(200);
    const page = ClientPageSchema.parse(response.json());
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('defaults to pages of 25', async () => {
    const page = ClientPageSchema.parse((await get('/api/clients')).json());
    expect(page.items).toHaveLength(Math.min(25, demoData.clients.length));
  });

  it('returns every client exactly once, in name order, when walking all pages', async () => {
    const seen: ClientSummary[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const url = `/api/clients?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      const page = ClientPageSchema.parse(response.json());
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(100);
    } while (cursor);

    const expected = [...demoData.clients].sort(byNameThenId);
    expect(seen.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(demoData.clients.length / 4));
  });

  it('gives no nextCursor on the last page', async () => {
    const page = ClientPageSchema.parse((await get('/api/clients?limit=100')).json());
    expect(page.items).toHaveLength(demoData.clients.length);
    expect(page.nextCursor).toBeUndefined();
  });

  it('carries each client owner name', async () => {
    const page = ClientPageSchema.parse((await get('/api/clients?limit=100')).json());
    for (const item of page.items) {
      const demo = demoData.clients.find((c) => c.id === item.id);
      expect(item.ownerId).toBe(demo?.ownerId);
      expect(item.ownerName).toBe(demoData.users.find((u) => u.id === demo?.ownerId)?.name);
      expect(item.segment).toBe(demo?.segment);
    }
  });

  it('filters by client name, case-insensitively', async () => {
    const client = demoData.clients[demoData.clients.length - 1];
    if (!client) throw new Error('no demo clients');
    const word = client.name.split(' ')[0] ?? client.name;
    const items = await searchAll(word.toUpperCase());
    expect(items.map((c) => c.id)).toContain(client.id);
    expect(items.map((c) => c.id)).toEqual(expectedSearch(word));
  });

  it('filters by contact name', async () => {
    // A contact whose surname is not in the client name proves the contact search did the work.
    const pair = demoData.clients
      .flatMap((client) => client.contacts.map((contact) => ({ client, contact })))
      .find(({ client, contact }) => {
        const surname = contact.name.split(' ').at(-1) ?? '';
        return surname.length > 3 && !client.name.toLowerCase().includes(surname.toLowerCase());
      });
    if (!pair) throw new Error('no contact whose name differs from its client name');
    const surname = pair.contact.name.split(' ').at(-1) ?? '';
    const items = await searchAll(surname.toLowerCase());
    expect(items.map((c) => c.id)).toContain(pair.client.id);
    expect(items.map((c) => c.id)).toEqual(expectedSearch(surname));
  });

  it('filters by contact email address', async () => {
    const client = demoData.clients.find((c) => c.contacts.length > 0);
    const email = client?.contacts[0]?.email;
    if (!client || !email) throw new Error('no demo contact');
    const items = await searchAll(email.toUpperCase());
    expect(items.map((c) => c.id)).toEqual([client.id]);
  });

  it('returns nothing for text no client or contact has', async () => {
    expect(await searchAll('zzqx-no-such-client')).toEqual([]);
  });

  it('pages through search results too', async () => {
    const expected = expectedSearch('.example');
    expect(expected.length).toBeGreaterThan(2);
    const first = ClientPageSchema.parse((await get('/api/clients?limit=2&query=.example')).json());
    expect(first.items.map((c) => c.id)).toEqual(expected.slice(0, 2));
    const second = ClientPageSchema.parse(
      (
        await get(
          `/api/clients?limit=2&query=.example&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
        )
      ).json(),
    );
    expect(second.items.map((c) => c.id)).toEqual(expected.slice(2, 4));
  });

  it('treats % and _ in the search text as literal characters', async () => {
    const owner = demoData.clients[0]?.ownerId ?? 'u-rm-amelia';
    const now = new Date().toISOString();
    await t.db
      .insertInto('clients')
      .values([
        {
          id: 'cl-lit-1',
          name: 'Zeta_Nine 100% Holdings',
          segment: 'commercial',
          owner_id: owner,
          client_since: '2020-01-01',
          risk_rating: 'low',
          created_at: now,
        },
        {
          id: 'cl-lit-2',
          name: 'ZetaXNine 1000 Holdings',
          segment: 'commercial',
          owner_id: owner,
          client_since: '2020-01-01',
          risk_rating: 'low',
          created_at: now,
        },
      ])
      .execute();
    try {
      expect((await searchAll('zeta_nine')).map((c) => c.id)).toEqual(['cl-lit-1']);
      expect((await searchAll('100%')).map((c) => c.id)).toEqual(['cl-lit-1']);
    } finally {
      await t.db.deleteFrom('clients').where('id', 'in', ['cl-lit-1', 'cl-lit-2']).execute();
    }
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['JSON that is not a name/id pair', Buffer.from('{"a":1}').toString('base64url')],
    ['a number', Buffer.from('42').toString('base64url')],
  ])('answers 400 validation_failed to a cursor that is %s', async (_label, cursor) => {
    const response = await get(`/api/clients?cursor=${encodeURIComponent(cursor)}`);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });

  it.each(['0', '101', 'ten'])('answers 400 to limit=%s', async (limit) => {
    const response = await get(`/api/clients?limit=${limit}`);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });
});

describe('GET /api/clients/:id', () => {
  it('returns the client with its contacts', async () => {
    const demo = [...demoData.clients].sort((a, b) => b.contacts.length - a.contacts.length)[0];
    if (!demo) throw new Error('no demo clients');
    const response = await get(`/api/clients/${demo.id}`);
    expect(response.statusCode).toBe(200);
    const client = ClientSchema.parse(response.json());
    expect(client).toMatchObject({
      id: demo.id,
      name: demo.name,
      segment: demo.segment,
      ownerId: demo.ownerId,
      clientSince: demo.clientSince,
      riskRating: demo.riskRating,
    });
    expect(client.contacts.map((c) => c.id).sort()).toEqual(demo.contacts.map((c) => c.id).sort());
    for (const contact of client.contacts) {
      const source = demo.contacts.find((c) => c.id === contact.id);
      expect(contact).toEqual({
        id: source?.id,
        clientId: demo.id,
        name: source?.name,
        email: source?.email.toLowerCase(),
        role: source?.role,
      });
    }
  });

  it('answers 404 not_found for an unknown client id', async () => {
    const response = await get('/api/clients/cl-does-not-exist');
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });
});

describe('GET /api/clients/match', () => {
  async function match(email: string) {
    const response = await get(`/api/clients/match?email=${encodeURIComponent(email)}`);
    expect(response.statusCode).toBe(200);
    return ClientMatchListSchema.parse(response.json()).items;
  }

  it('finds the client by an exact contact address, ignoring case', async () => {
    // A contact on a public mail domain: only the exact address can identify them.
    const pair = demoData.clients
      .flatMap((client) => client.contacts.map((contact) => ({ client, contact })))
      .find(({ contact }) => isPublicMailDomain(domainOf(contact.email)));
    if (!pair) throw new Error('no demo contact on a public mail domain');
    const items = await match(pair.contact.email.toUpperCase());
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      matchedBy: 'contact',
      client: { id: pair.client.id, name: pair.client.name },
      contact: { id: pair.contact.id, email: pair.contact.email.toLowerCase() },
    });
  });

  it('finds a contact on a company domain as a contact, not by domain', async () => {
    const client = demoData.clients.find((c) =>
      c.contacts.some((k) => !isPublicMailDomain(domainOf(k.email))),
    );
    const contact = client?.contacts.find((k) => !isPublicMailDomain(domainOf(k.email)));
    if (!client || !contact) throw new Error('no company contact');
    const items = await match(contact.email);
    expect(items.map((m) => m.matchedBy)).toEqual(['contact']);
    expect(items[0]?.contact?.id).toBe(contact.id);
  });

  it('finds the client by domain for an unknown sender at a company domain', async () => {
    const entry = [...companyDomains()].find(([, clients]) => clients.length === 1);
    if (!entry) throw new Error('no company domain with a single client');
    const [domain, [client]] = entry;
    const items = await match(`someone-new@${domain.toUpperCase()}`);
    expect(items).toEqual([
      {
        client: expect.objectContaining({ id: client?.id, name: client?.name }),
        contact: null,
        matchedBy: 'domain',
      },
    ]);
  });

  it.runIf(sharedDomain)(
    'returns every client on a domain two clients share, in name order',
    async () => {
      const [domain, clients] = sharedDomain ?? ['', []];
      const items = await match(`someone-new@${domain}`);
      expect(items.map((m) => m.client.id)).toEqual(
        [...clients].sort((a, b) => a.name.localeCompare(b.name)).map((c) => c.id),
      );
      expect(items.every((m) => m.matchedBy === 'domain' && m.contact === null)).toBe(true);
    },
  );

  it('returns nothing for an unknown address on a public mail domain', async () => {
    const publicDomains = new Set(
      demoData.clients
        .flatMap((c) => c.contacts.map((k) => domainOf(k.email)))
        .filter(isPublicMailDomain),
    );
    expect(publicDomains.size).toBeGreaterThan(0);
    expect(await match('someone-new@postmail.example')).toEqual([]);
    for (const domain of publicDomains) expect(await match(`someone-new@${domain}`)).toEqual([]);
  });

  it('returns nothing for an unknown domain', async () => {
    expect(await match('someone@unknown-firm.example')).toEqual([]);
  });

  it.each([
    ['a malformed address', '/api/clients/match?email=not-an-email'],
    ['two @ signs', '/api/clients/match?email=a%40b%40c.example'],
    ['no email at all', '/api/clients/match'],
  ])('answers 400 validation_failed to %s', async (_label, url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });
});
