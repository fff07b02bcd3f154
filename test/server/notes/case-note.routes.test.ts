import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema } from '../../../shared/audit/audit.schema';
import { CaseNotePageSchema, CaseNoteSchema } from '../../../shared/notes/case-note.schema';
import { captureLogs } from '../../support/log-capture';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs, errorOf, type Api } from '../follow-ups/follow-up.fixtures';

let t: TestApp;
let sofia: Api;

// cs-004 sits in the complaints queue Sofia's team works; cs-003 in payments, which it does not.
const seen = 'cs-004';
const unseen = 'cs-003';
const notesOf = (caseId: string) => `/api/cases/${caseId}/notes`;

beforeEach(async () => {
  t = await createTestApp();
  sofia = apiAs(t, await t.tokenFor('u-sa-sofia'));
});

afterEach(async () => {
  await t.close();
});

async function addNote(api: Api, body: string) {
  const response = await api.post(notesOf(seen), { body });
  expect(response.statusCode, response.body).toBe(201);
  return CaseNoteSchema.parse(response.json());
}

describe('POST /api/cases/:id/notes', () => {
  it('adds a trimmed note by the caller, and lists it newest first', async () => {
    const first = await addNote(sofia, '  Called the client; she confirms both debits.  ');
    expect(first).toMatchObject({
      caseId: seen,
      body: 'Called the client; she confirms both debits.',
      authorId: 'u-sa-sofia',
      authorName: 'Sofia Lind',
    });
    await addNote(sofia, 'Asked payments for the fee ledger.');

    const page = CaseNotePageSchema.parse((await sofia.get(notesOf(seen))).json());
    expect(page.items.map((n) => n.body)).toEqual([
      'Asked payments for the fee ledger.',
      'Called the client; she confirms both debits.',
    ]);
  });

  it('refuses a blank or over-long note with 400 and writes nothing', async () => {
    const blank = await sofia.post(notesOf(seen), { body: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(errorOf(blank).code).toBe('validation_failed');
    expect((await sofia.post(notesOf(seen), { body: 'x'.repeat(5001) })).statusCode).toBe(400);
    expect((await sofia.post(notesOf(seen), {})).statusCode).toBe(400);
    const page = CaseNotePageSchema.parse((await sofia.get(notesOf(seen))).json());
    expect(page.items).toEqual([]);
  });

  it('answers 404 for a case the caller may not see, on writing and on reading', async () => {
    const write = await sofia.post(notesOf(unseen), { body: 'Not mine to note' });
    expect(write.statusCode).toBe(404);
    expect((await sofia.get(notesOf(unseen))).statusCode).toBe(404);
    expect((await sofia.get(notesOf('cs-missing'))).statusCode).toBe(404);
  });

  it('lets the auditor read notes but not write them (403)', async () => {
    await addNote(sofia, 'Second fee complaint this year.');
    const owen = apiAs(t, await t.tokenFor('u-au-owen'));
    const refused = await owen.post(notesOf(seen), { body: 'Auditor comment' });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('forbidden');
    const page = CaseNotePageSchema.parse((await owen.get(notesOf(seen))).json());
    expect(page.items.map((n) => n.body)).toEqual(['Second fee complaint this year.']);
  });

  it('records a note.added event the timeline reads as a sentence', async () => {
    const note = await addNote(sofia, 'Refund of the duplicate fee agreed with payments.');
    const trail = AuditTimelineSchema.parse((await sofia.get(`/api/cases/${seen}/audit`)).json());
    const event = trail.items.find((e) => e.action === 'note.added');
    expect(event).toMatchObject({ entityId: note.id, actor: { id: 'u-sa-sofia' } });
    expect(event?.summary).toBe(
      'Sofia Lind added a note: "Refund of the duplicate fee agreed with payments."',
    );
  });

  it('keeps the note’s words out of the server log', async () => {
    const text = await captureLogs(t, async (app) => {
      const response = await app.inject({
        method: 'POST',
        url: notesOf(seen),
        headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
        payload: { body: 'Mrs Quennell disclosed a bereavement' },
      });
      expect(response.statusCode).toBe(201);
    });
    expect(text).toContain('"path":"/api/cases/cs-004/notes"');
    expect(text).not.toContain('Quennell');
  });

  it('answers a retry with the same Idempotency-Key once', async () => {
    const sofiaToken = await t.tokenFor('u-sa-sofia');
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: notesOf(seen),
        headers: {
          authorization: `Bearer ${sofiaToken}`,
          'idempotency-key': 'note-retry-1',
        },
        payload: { body: 'Sent once, retried once' },
      });
    const first = await send();
    const again = await send();
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
    const page = CaseNotePageSchema.parse((await sofia.get(notesOf(seen))).json());
    expect(page.items).toHaveLength(1);
  });
});

describe('GET /api/cases/:id/notes', () => {
  it('pages with a cursor and refuses one it did not issue', async () => {
    for (const body of ['One', 'Two', 'Three']) await addNote(sofia, body);
    const first = CaseNotePageSchema.parse((await sofia.get(`${notesOf(seen)}?limit=2`)).json());
    expect(first.items.map((n) => n.body)).toEqual(['Three', 'Two']);
    expect(first.nextCursor).toBeDefined();
    const second = CaseNotePageSchema.parse(
      (await sofia.get(`${notesOf(seen)}?limit=2&cursor=${first.nextCursor ?? ''}`)).json(),
    );
    expect(second.items.map((n) => n.body)).toEqual(['One']);
    expect(second.nextCursor).toBeUndefined();
    expect((await sofia.get(`${notesOf(seen)}?cursor=bogus`)).statusCode).toBe(400);
  });
});
