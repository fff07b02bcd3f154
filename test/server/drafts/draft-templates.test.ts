import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseTypeDefinitions } from '../../../shared/cases/case-types';
import {
  DraftPurposeSchema,
  DraftTemplateListSchema,
  DraftTemplateSchema,
} from '../../../shared/drafts/draft.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { unknownPlaceholders } from '../../../shared/drafts/placeholders';
import { verifyStream } from '../../../server/audit/audit.service';
import { listStreamEvents } from '../../../server/audit/audit.repository';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs } from './draft-template-fixtures';

let t: TestApp;
let api: ReturnType<typeof apiAs>;

beforeEach(async () => {
  t = await createTestApp();
  api = apiAs(t);
});

afterEach(async () => {
  await t.close();
});

const id = 'complaint.acknowledge';
const newBody =
  'Dear {{contact.name}},\n\nWe have your complaint {{case.reference}}.\n\n{{sender.name}}';

describe('reply templates', () => {
  it('starts every database with one template per case type and purpose, each naming only facts Caseline can fill', async () => {
    const response = await api('u-sa-sofia', 'GET', '/api/templates');
    expect(response.statusCode).toBe(200);
    const { items } = DraftTemplateListSchema.parse(response.json());
    expect(items).toHaveLength(caseTypeDefinitions.length * DraftPurposeSchema.options.length);
    expect(items).toHaveLength(24);
    for (const { type } of caseTypeDefinitions) {
      for (const purpose of DraftPurposeSchema.options) {
        const template = items.find((i) => i.caseType === type && i.purpose === purpose);
        expect(template, `${type} ${purpose}`).toMatchObject({ version: 1, updatedBy: null });
        expect(unknownPlaceholders(`${template?.subject} ${template?.body}`)).toEqual([]);
      }
    }
  });

  it('keeps an edited template across a restart instead of putting the default back', async () => {
    const edited = await api('u-ad-nadia', 'PATCH', `/api/templates/${id}`, {
      payload: { body: newBody },
      headers: { 'if-match': '"1"' },
    });
    expect(edited.statusCode).toBe(200);
    await t.reopen();
    api = apiAs(t);
    const after = DraftTemplateSchema.parse(
      (await api('u-au-owen', 'GET', `/api/templates/${id}`)).json(),
    );
    expect(after).toMatchObject({ body: newBody, version: 2 });
  });

  it('lets an administrator change a template at the version they saw, on the record with before and after', async () => {
    const current = await api('u-ad-nadia', 'GET', `/api/templates/${id}`);
    expect(current.headers.etag).toBe('"1"');
    const before = DraftTemplateSchema.parse(current.json());

    const response = await api('u-ad-nadia', 'PATCH', `/api/templates/${id}`, {
      payload: { body: newBody },
      headers: { 'if-match': current.headers.etag as string },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(DraftTemplateSchema.parse(response.json())).toMatchObject({
      body: newBody,
      subject: before.subject,
      version: 2,
      updatedBy: { id: 'u-ad-nadia', name: 'Nadia Costa' },
    });

    const events = await listStreamEvents(t.db, 'templates');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'template.updated',
      actor_id: 'u-ad-nadia',
      entity_id: id,
    });
    expect(JSON.parse(events[0]?.changes ?? '[]')).toEqual([
      { field: 'body', before: before.body, after: newBody },
      { field: 'version', before: 1, after: 2 },
    ]);
    expect(await verifyStream(t.db, 'templates')).toMatchObject({ valid: true, eventCount: 1 });
  });

  it('refuses an edit made over a version someone else already changed, with 412', async () => {
    const first = await api('u-ad-nadia', 'PATCH', `/api/templates/${id}`, {
      payload: { subject: 'First edit {{case.reference}}' },
      headers: { 'if-match': '"1"' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await api('u-ad-nadia', 'PATCH', `/api/templates/${id}`, {
      payload: { subject: 'Second edit {{case.reference}}' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    expect(ErrorBodySchema.parse(stale.json()).error).toMatchObject({
      code: 'precondition_failed',
      details: { currentVersion: 2 },
    });
    const missing = await api('u-ad-nadia', 'PATCH', `/api/templates/${id}`, {
      payload: { subject: 'No If-Match' },
    });
    expect(missing.statusCode).toBe(428);
    expect(await verifyStream(t.db, 'templates')).toMatchObject({ eventCount: 1 });
  });

  it('refuses a placeholder Caseline cannot fill, naming it and the ones it can', async () => {
    const response = await api('u-ad-nadia', 'PATCH', `/api/templates/${id}`, {
      payload: { body: 'Dear {{client.firstName}}, your case {{ case.reference }} is open.' },
      headers: { 'if-match': '"1"' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = ErrorBodySchema.parse(response.json());
    expect(error.code).toBe('unknown_placeholder');
    expect(error.message).toContain('{{client.firstName}}');
    expect(error.details).toMatchObject({
      field: 'body',
      unknown: ['client.firstName'],
      allowed: expect.arrayContaining(['client.name', 'case.reference']),
    });
    const unchanged = DraftTemplateSchema.parse(
      (await api('u-ad-nadia', 'GET', `/api/templates/${id}`)).json(),
    );
    expect(unchanged.version).toBe(1);
  });

  it('lets anyone signed in read templates but only an administrator change them', async () => {
    for (const userId of ['u-rm-amelia', 'u-sa-sofia', 'u-mg-grace', 'u-au-owen']) {
      expect((await api(userId, 'GET', `/api/templates/${id}`)).statusCode).toBe(200);
      const edit = await api(userId, 'PATCH', `/api/templates/${id}`, {
        payload: { subject: 'Changed {{case.reference}}' },
        headers: { 'if-match': '"1"' },
      });
      expect(edit.statusCode, userId).toBe(403);
    }
    const anonymous = await t.app.inject({ url: '/api/templates' });
    expect(anonymous.statusCode).toBe(401);
    expect((await api('u-ad-nadia', 'GET', '/api/templates/no.such')).statusCode).toBe(404);
  });

  it('refuses an empty edit and unknown fields', async () => {
    for (const payload of [{}, { body: '   ' }, { subject: 'x', sendAutomatically: true }]) {
      const response = await api('u-ad-nadia', 'PATCH', `/api/templates/${id}`, {
        payload,
        headers: { 'if-match': '"1"' },
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
