import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowUpSchema } from '../../../shared/follow-ups/follow-up.schema';
import {
  InteractionPageSchema,
  InteractionSchema,
  type RecordInteractionInput,
} from '../../../shared/interactions/interaction.schema';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs, errorOf, rowCounts, type Api } from '../follow-ups/follow-up.fixtures';

let t: TestApp;
let amelia: Api;
let grace: Api;

const clientId = demoData.clients[0]?.id ?? 'missing';
const otherClientId = demoData.clients[1]?.id ?? 'missing';
const url = `/api/clients/${clientId}/interactions`;

beforeEach(async () => {
  t = await createTestApp();
  amelia = apiAs(t, await t.tokenFor('u-rm-amelia'));
  grace = apiAs(t, await t.tokenFor('u-mg-grace'));
});

afterEach(async () => {
  await t.close();
});

type InteractionBody = Omit<Partial<RecordInteractionInput>, 'promises'> & {
  promises?: Record<string, unknown>[];
};

function meeting(overrides: InteractionBody = {}): InteractionBody {
  return {
    kind: 'meeting',
    occurredAt: '2026-11-18T10:00:00+00:00',
    purpose: 'Annual relationship review',
    notes: 'Discussed the refinancing of the warehouse loan.',
    participants: [
      { name: 'Amelia Hart', email: 'amelia@northbridge.example', internal: true },
      { name: 'Client CFO', email: 'cfo@client.example', internal: false },
    ],
    asks: ['Indicative terms for a 5-year facility'],
    decisions: ['Proceed with a credit paper'],
    sourceItemId: 'AAMkAGI2TG93AAA=',
    promises: [
      { title: 'Send indicative terms', dueDate: '2030-11-25' },
      { title: 'Book credit committee slot', dueDate: '2030-11-28', ownerId: 'u-rm-rahul' },
      { title: 'Share the fee schedule', dueDate: '2030-11-21', closeCondition: 'CFO has it' },
    ],
    ...overrides,
  };
}

async function record(body: InteractionBody, api = amelia, target = url) {
  const response = await api.post(target, body);
  expect(response.statusCode, JSON.stringify(response.json())).toBe(201);
  return InteractionSchema.parse(response.json());
}

describe('POST /api/clients/:id/interactions', () => {
  it('recording a meeting with three promises makes three follow-ups linked to it', async () => {
    const recorded = await record(meeting());
    expect(recorded).toMatchObject({
      clientId,
      kind: 'meeting',
      occurredAt: '2026-11-18T10:00:00.000Z',
      purpose: 'Annual relationship review',
      sensitive: false,
      sourceItemId: 'AAMkAGI2TG93AAA=',
      recordedBy: 'u-rm-amelia',
      asks: ['Indicative terms for a 5-year facility'],
      decisions: ['Proceed with a credit paper'],
      version: 1,
    });
    expect(recorded.participants).toHaveLength(2);
    expect(recorded.followUps).toHaveLength(3);
    for (const followUp of recorded.followUps) {
      expect(followUp).toMatchObject({
        interactionId: recorded.id,
        clientId,
        caseId: null,
        status: 'open',
        createdBy: 'u-rm-amelia',
      });
    }
    const stored = await t.db
      .selectFrom('follow_ups')
      .select('id')
      .where('interaction_id', '=', recorded.id)
      .execute();
    expect(stored).toHaveLength(3);
  });

  it('owners default to the recorder and an explicit owner is respected', async () => {
    const recorded = await record(meeting());
    const ownerOf = (title: string) => recorded.followUps.find((f) => f.title === title)?.ownerId;
    expect(ownerOf('Send indicative terms')).toBe('u-rm-amelia');
    expect(ownerOf('Share the fee schedule')).toBe('u-rm-amelia');
    expect(ownerOf('Book credit committee slot')).toBe('u-rm-rahul');
    const fee = recorded.followUps.find((f) => f.title === 'Share the fee schedule');
    expect(fee?.closeCondition).toBe('CFO has it');
  });

  it('records the interaction and each follow-up on the client audit stream', async () => {
    const recorded = await record(meeting());
    const events = await t.db
      .selectFrom('audit_events')
      .select(['stream', 'action', 'entity_id'])
      .where('stream', '=', `client:${clientId}`)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'interaction.recorded',
      'follow_up.created',
      'follow_up.created',
      'follow_up.created',
    ]);
    expect(events[0]?.entity_id).toBe(recorded.id);
  });

  it('an invalid promise (bad date) is refused with 400 and nothing is written', async () => {
    const before = await rowCounts(t);
    const body = meeting();
    const promises = [...(body.promises ?? []), { title: 'Impossible', dueDate: '2030-02-30' }];
    const response = await amelia.post(url, { ...body, promises });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toMatchObject({ issues: [{ path: 'promises.3.dueDate' }] });
    expect(await rowCounts(t)).toEqual(before);
  });

  it('an unknown owner on the last promise rolls back the interaction and earlier follow-ups', async () => {
    const before = await rowCounts(t);
    const body = meeting();
    const promises = [
      ...(body.promises ?? []),
      { title: 'Ghost', dueDate: '2030-01-01', ownerId: 'u-ghost' },
    ];
    const response = await amelia.post(url, { ...body, promises });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).details).toMatchObject({ issues: [{ path: 'promises.3.ownerId' }] });
    expect(await rowCounts(t)).toEqual(before);
  });

  it('answers 404 for an unknown client and writes nothing', async () => {
    const before = await rowCounts(t);
    const response = await amelia.post('/api/clients/cl-nope/interactions', meeting());
    expect(response.statusCode).toBe(404);
    expect(await rowCounts(t)).toEqual(before);
  });

  it.each([
    ['an unknown kind', { kind: 'lunch' }],
    ['a date without a time', { occurredAt: '2026-11-18' }],
    ['an empty purpose', { purpose: ' ' }],
    ['a participant without a name', { participants: [{ name: '', internal: false }] }],
    ['an unknown field', { mood: 'good' }],
  ])('refuses %s with 400', async (_label, overrides) => {
    const response = await amelia.post(url, { ...meeting(), ...overrides });
    expect(response.statusCode).toBe(400);
  });

  it('records a call with no promises', async () => {
    const recorded = await record({
      kind: 'call',
      occurredAt: '2026-11-19T15:30:00+01:00',
      purpose: 'Quick check-in',
    });
    expect(recorded).toMatchObject({
      occurredAt: '2026-11-19T14:30:00.000Z',
      notes: '',
      participants: [],
      followUps: [],
      sourceItemId: null,
    });
  });
});

describe('reading interactions', () => {
  it('GET /api/interactions/:id answers it with its follow-ups, or 404', async () => {
    const recorded = await record(meeting());
    const response = await amelia.get(`/api/interactions/${recorded.id}`);
    expect(response.statusCode).toBe(200);
    expect(InteractionSchema.parse(response.json())).toEqual(recorded);
    expect((await amelia.get('/api/interactions/nope')).statusCode).toBe(404);
    // Meeting notes belong to the relationship team; a service manager does not see them.
    expect((await grace.get(`/api/interactions/${recorded.id}`)).statusCode).toBe(404);
  });

  it('a follow-up promised in an interaction names it', async () => {
    const recorded = await record(meeting());
    const first = recorded.followUps[0];
    const response = await amelia.get(`/api/follow-ups/${first?.id ?? 'missing'}`);
    expect(FollowUpSchema.parse(response.json()).interactionId).toBe(recorded.id);
  });

  it('lists a client interactions newest first, paged without repeats', async () => {
    const days = ['2026-11-03', '2026-11-01', '2026-11-05', '2026-11-02', '2026-11-04'];
    for (const day of days) {
      await record(meeting({ occurredAt: `${day}T09:00:00Z`, promises: [] }));
    }
    await record(meeting({ promises: [] }), amelia, `/api/clients/${otherClientId}/interactions`);

    const first = InteractionPageSchema.parse((await amelia.get(`${url}?limit=2`)).json());
    expect(first.nextCursor).toBeDefined();
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const next = InteractionPageSchema.parse(
        (await amelia.get(`${url}?limit=2&cursor=${cursor}`)).json(),
      );
      seen.push(...next.items);
      cursor = next.nextCursor;
    }
    expect(seen.map((i) => i.occurredAt.slice(0, 10))).toEqual([...days].sort().reverse());
    expect(new Set(seen.map((i) => i.id)).size).toBe(5);
    expect((await amelia.get('/api/clients/cl-nope/interactions')).statusCode).toBe(404);
  });

  it('a sensitive interaction is flagged and listed for review', async () => {
    const sensitive = await record(meeting({ sensitive: true, promises: [] }));
    const ordinary = await record(meeting({ promises: [] }));
    expect(sensitive.sensitive).toBe(true);

    // A manager reviews flagged records across clients, and may open them.
    const flagged = InteractionPageSchema.parse(
      (await grace.get('/api/interactions?sensitive=true&limit=100')).json(),
    );
    expect(flagged.items.map((i) => i.id)).toContain(sensitive.id);
    expect(flagged.items.map((i) => i.id)).not.toContain(ordinary.id);
    expect(flagged.items.every((i) => i.sensitive)).toBe(true);
    expect((await grace.get(`/api/interactions/${sensitive.id}`)).statusCode).toBe(200);
    const rest = InteractionPageSchema.parse(
      (await amelia.get('/api/interactions?sensitive=false&limit=100')).json(),
    );
    expect(rest.items.map((i) => i.id)).toContain(ordinary.id);
    expect(rest.items.every((i) => !i.sensitive)).toBe(true);
    expect((await grace.get('/api/interactions?sensitive=yes')).statusCode).toBe(400);
  });
});
