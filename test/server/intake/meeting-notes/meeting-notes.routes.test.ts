import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingNotesExtractionSchema } from '../../../../shared/intake/meeting-notes.schema';
import { createTestApp, type TestApp } from '../../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const url = '/api/intake/meeting-notes';
const body = {
  notes:
    'We will send the revised mandate by Friday.\nHelena asked whether we could waive the custody fee.\nAgreed to keep the balanced mandate.',
  meetingDate: '2026-11-17T14:00:00Z',
};

describe('POST /api/intake/meeting-notes', () => {
  it('needs a token', async () => {
    const response = await t.app.inject({ method: 'POST', url, payload: body });
    expect(response.statusCode).toBe(401);
  });

  it('answers 400 with a code when the meeting date is missing or not a date', async () => {
    const headers = { authorization: `Bearer ${await t.tokenFor('u-rm-amelia')}` };
    for (const payload of [{ notes: 'x' }, { ...body, meetingDate: 'next Tuesday' }]) {
      const response = await t.app.inject({ method: 'POST', url, headers, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });

  it('refuses a role that may not create cases', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${await t.tokenFor('u-au-owen')}` },
      payload: body,
    });
    expect(response.statusCode).toBe(403);
  });

  it('returns the promise with its due date resolved against the meeting day', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${await t.tokenFor('u-rm-amelia')}` },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    const result = MeetingNotesExtractionSchema.parse(response.json());
    expect(result.promises).toEqual([
      {
        text: 'We will send the revised mandate by Friday',
        ownerHint: 'us',
        dueDate: '2026-11-20',
        dueText: 'by Friday',
      },
    ]);
    expect(result.asks.map((a) => a.text)).toEqual([
      'Helena asked whether we could waive the custody fee',
    ]);
    expect(result.decisions.map((d) => d.text)).toEqual(['Agreed to keep the balanced mandate']);
  });
});
