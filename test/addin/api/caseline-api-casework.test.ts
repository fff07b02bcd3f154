import type { AxiosRequestConfig } from 'axios';
import { describe, expect, it, vi } from 'vitest';
import { createCaselineApi } from '../../../addin/api/caseline-api';
import type { HttpClient } from '../../../addin/api/http-client';
import { aCaseDetail } from '../support/fixtures';
import { aFollowUp, aNote } from '../modules/cases/case-work-fixtures';

/** An HttpClient that records each request and answers with the given body. */
function recording(body: unknown) {
  const sent: AxiosRequestConfig[] = [];
  const http: HttpClient = {
    send: vi.fn(async (schema, config) => {
      sent.push(config);
      return schema.parse(body);
    }),
  };
  return { api: createCaselineApi(http), sent };
}

describe('the API client for working a case', () => {
  it('assigns with PATCH /api/cases/:id and the version seen in If-Match', async () => {
    const { api, sent } = recording(aCaseDetail());
    await api.updateCase('cs-004', 3, { ownerId: 'u-sa-sofia' });
    expect(sent[0]).toMatchObject({
      url: '/api/cases/cs-004',
      method: 'PATCH',
      data: { ownerId: 'u-sa-sofia' },
      headers: { 'If-Match': '"3"' },
    });
  });

  it('posts notes to the case and pages them by cursor', async () => {
    const { api, sent } = recording(aNote());
    await api.addCaseNote('cs-004', { body: 'Called back' });
    expect(sent[0]).toMatchObject({
      url: '/api/cases/cs-004/notes',
      method: 'POST',
      data: { body: 'Called back' },
    });
    const pages = recording({ items: [] });
    await pages.api.caseNotes('cs-004', 'c-1');
    expect(pages.sent[0]).toMatchObject({
      url: '/api/cases/cs-004/notes',
      params: { cursor: 'c-1' },
    });
  });

  it('marks a follow-up done with PATCH /api/follow-ups/:id and If-Match', async () => {
    const { api, sent } = recording(aFollowUp({ status: 'done' }));
    await api.updateFollowUp('fu-1', 4, { status: 'done' });
    expect(sent[0]).toMatchObject({
      url: '/api/follow-ups/fu-1',
      method: 'PATCH',
      data: { status: 'done' },
      headers: { 'If-Match': '"4"' },
    });
  });
});
