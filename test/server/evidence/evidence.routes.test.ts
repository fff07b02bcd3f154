import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema, AuditVerificationSchema } from '../../../shared/audit/audit.schema';
import { EvidenceItemSchema, EvidenceListSchema } from '../../../shared/evidence/evidence.schema';
import { createTestApp, type TestApp } from '../../support/test-app';
import { errorOf, evidenceKit, samplePdf } from './evidence-kit';

let t: TestApp;
let sofia: string;
let kit: ReturnType<typeof evidenceKit>;
let caseId: string;
let sourceMessageId: string;

beforeEach(async () => {
  t = await createTestApp();
  sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
  kit = evidenceKit(t, sofia);
  const created = await kit.createCase('account_maintenance');
  caseId = created.id;
  sourceMessageId = created.internetMessageId;
});

afterEach(async () => {
  await t.close();
});

async function addNote(checklistKey?: string) {
  const response = await kit.add(caseId, {
    kind: 'note',
    title: 'ID seen in branch',
    text: 'Passport checked against the customer in person.',
    ...(checklistKey ? { checklistKey } : {}),
  });
  expect(response.statusCode).toBe(201);
  return EvidenceItemSchema.parse(response.json());
}

async function evidenceList(query = '') {
  const response = await kit.get(`/api/cases/${caseId}/evidence${query}`);
  expect(response.statusCode).toBe(200);
  return EvidenceListSchema.parse(response.json());
}

function patch(evidenceId: string, payload: object, ifMatch?: string) {
  return t.app.inject({
    method: 'PATCH',
    url: `/api/evidence/${evidenceId}`,
    headers: { authorization: sofia, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    payload,
  });
}

describe('GET /api/cases/:id/evidence checklist', () => {
  it('lists the case type requirements, none satisfied on a new case', async () => {
    const list = await evidenceList();
    expect(list.items).toEqual([]);
    expect(list.checklist).toEqual([
      {
        key: 'identity_check',
        label: 'Identity check',
        required: true,
        satisfied: false,
        satisfiedBy: [],
      },
      {
        key: 'signed_instruction',
        label: 'Signed instruction',
        required: true,
        satisfied: false,
        satisfiedBy: [],
      },
    ]);
  });

  it('is satisfied by a note with its checklist key, and unsatisfied again once the note is removed', async () => {
    const note = await addNote('identity_check');
    const before = await evidenceList();
    expect(before.checklist.find((c) => c.key === 'identity_check')).toMatchObject({
      satisfied: true,
      satisfiedBy: [note.id],
    });
    expect(before.checklist.find((c) => c.key === 'signed_instruction')?.satisfied).toBe(false);

    const removed = await kit.remove(note.id, { reason: 'Recorded on the wrong case' });
    expect(removed.statusCode).toBe(200);
    expect(EvidenceItemSchema.parse(removed.json())).toMatchObject({
      removedBy: 'u-sa-sofia',
      removalReason: 'Recorded on the wrong case',
      version: 2,
    });

    const after = await evidenceList();
    expect(after.items).toEqual([]);
    expect(after.checklist.find((c) => c.key === 'identity_check')).toMatchObject({
      satisfied: false,
      satisfiedBy: [],
    });
    const withRemoved = await evidenceList('?includeRemoved=true');
    expect(withRemoved.items.map((i) => i.id)).toEqual([note.id]);
    expect(withRemoved.checklist.find((c) => c.key === 'identity_check')?.satisfied).toBe(false);
  });

  it('answers 404 for an unknown case', async () => {
    const response = await kit.get('/api/cases/no-such-case/evidence');
    expect(response.statusCode).toBe(404);
  });
});

describe('POST /api/cases/:id/evidence', () => {
  it('refuses a checklist key the case type does not have, naming the allowed keys', async () => {
    const response = await kit.add(caseId, {
      kind: 'note',
      title: 'Statement',
      text: 'See attached',
      checklistKey: 'transaction_record',
    });
    expect(response.statusCode).toBe(400);
    const error = errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('identity_check, signed_instruction');
    expect(error.details).toMatchObject({ allowed: ['identity_check', 'signed_instruction'] });
  });

  it('adds a system reference and keeps both its parts', async () => {
    const response = await kit.add(caseId, {
      kind: 'system_reference',
      title: 'Core banking change',
      system: 'T24',
      reference: 'CHG-20250304-17',
      checklistKey: 'signed_instruction',
    });
    expect(response.statusCode).toBe(201);
    expect(EvidenceItemSchema.parse(response.json())).toMatchObject({
      kind: 'system_reference',
      systemReference: { system: 'T24', reference: 'CHG-20250304-17' },
      checklistKey: 'signed_instruction',
    });
  });

  it('adds an email linked to the same case', async () => {
    const linkId = await kit.sourceLinkId(sourceMessageId);
    const response = await kit.add(caseId, {
      kind: 'email',
      title: 'Customer instruction',
      emailLinkId: linkId,
      checklistKey: 'signed_instruction',
    });
    expect(response.statusCode).toBe(201);
    expect(EvidenceItemSchema.parse(response.json())).toMatchObject({
      kind: 'email',
      email: {
        linkId,
        internetMessageId: sourceMessageId,
        subject: 'Please update our address',
      },
    });
  });

  it('refuses an email linked only to another case, and one that does not exist', async () => {
    const other = await kit.createCase('account_maintenance');
    const otherLinkId = await kit.sourceLinkId(other.internetMessageId);
    for (const emailLinkId of [otherLinkId, 'no-such-link']) {
      const response = await kit.add(caseId, { kind: 'email', title: 'Mail', emailLinkId });
      expect(response.statusCode).toBe(400);
      const error = errorOf(response);
      expect(error.details).toMatchObject({ issues: [{ path: 'emailLinkId' }] });
    }
    expect((await evidenceList()).items).toEqual([]);
  });

  it('refuses a file sent as JSON and an unknown kind', async () => {
    for (const kind of ['file', 'rumour']) {
      const response = await kit.add(caseId, { kind, title: 'Something' });
      expect(response.statusCode).toBe(400);
    }
  });

  it('answers 404 for an unknown case', async () => {
    const response = await kit.add('no-such-case', { kind: 'note', title: 'N', text: 'T' });
    expect(response.statusCode).toBe(404);
  });
});

describe('DELETE /api/evidence/:id', () => {
  it('needs a reason', async () => {
    const note = await addNote('identity_check');
    for (const payload of [undefined, {}, { reason: '   ' }]) {
      const response = await kit.remove(note.id, payload);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).message).toContain('Say why the evidence is removed');
    }
    expect((await evidenceList()).items).toHaveLength(1);
  });

  it('refuses to remove evidence twice, and answers 404 for unknown evidence', async () => {
    const note = await addNote();
    expect((await kit.remove(note.id, { reason: 'Duplicate' })).statusCode).toBe(200);
    const again = await kit.remove(note.id, { reason: 'Duplicate' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('conflict');
    expect((await kit.remove('no-such-item', { reason: 'Gone' })).statusCode).toBe(404);
  });
});

describe('PATCH /api/evidence/:id', () => {
  it('renames evidence and moves it on the checklist at the version the caller saw', async () => {
    const note = await addNote();
    const response = await patch(
      note.id,
      { title: 'Passport check', checklistKey: 'identity_check' },
      '"1"',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(EvidenceItemSchema.parse(response.json())).toMatchObject({
      title: 'Passport check',
      checklistKey: 'identity_check',
      version: 2,
    });
    expect((await evidenceList()).checklist[0]?.satisfiedBy).toEqual([note.id]);

    const detached = await patch(note.id, { checklistKey: null }, '"2"');
    expect(EvidenceItemSchema.parse(detached.json()).checklistKey).toBeNull();
  });

  it('needs If-Match, refuses a stale version and a bad checklist key', async () => {
    const note = await addNote();
    expect((await patch(note.id, { title: 'New' })).statusCode).toBe(428);
    const stale = await patch(note.id, { title: 'New' }, '"7"');
    expect(stale.statusCode).toBe(412);
    expect(errorOf(stale).details).toEqual({ currentVersion: 1 });
    expect((await patch(note.id, { checklistKey: 'upheld' }, '"1"')).statusCode).toBe(400);
    expect((await patch(note.id, {}, '"1"')).statusCode).toBe(400);
  });

  it('refuses to change removed evidence', async () => {
    const note = await addNote();
    await kit.remove(note.id, { reason: 'Wrong case' });
    const response = await patch(note.id, { title: 'New' }, '"2"');
    expect(response.statusCode).toBe(409);
  });
});

describe('evidence in the audit trail', () => {
  it('records additions, changes and removals on the case timeline and keeps the chain valid', async () => {
    const file = EvidenceItemSchema.parse(
      (
        await kit.upload(caseId, samplePdf, {
          fileName: 'passport.pdf',
          title: 'Passport copy',
          checklistKey: 'identity_check',
        })
      ).json(),
    );
    if (file.kind !== 'file') throw new Error('expected a file item');
    await patch(file.id, { title: 'Passport scan' }, '"1"');
    await kit.remove(file.id, { reason: 'Expired passport' });

    const timeline = AuditTimelineSchema.parse(
      (await kit.get(`/api/cases/${caseId}/audit`)).json(),
    ).items.filter((e) => e.entityId === file.id);
    expect(timeline.map((e) => e.action)).toEqual([
      'evidence.added',
      'evidence.updated',
      'evidence.removed',
    ]);
    const [added, updated, removed] = timeline;
    expect(added?.summary).toContain('added evidence "Passport copy"');
    expect(Object.fromEntries(added?.changes.map((c) => [c.field, c.after]) ?? [])).toMatchObject({
      title: 'Passport copy',
      kind: 'file',
      checklistKey: 'identity_check',
      fileName: 'passport.pdf',
      sha256: file.file.sha256,
      size: samplePdf.length,
    });
    expect(updated?.changes).toContainEqual({
      field: 'title',
      before: 'Passport copy',
      after: 'Passport scan',
    });
    expect(removed?.summary).toContain('removed evidence "Passport scan": Expired passport');
    expect(
      Object.fromEntries(removed?.changes.map((c) => [c.field, c.before]) ?? []),
    ).toMatchObject({ title: 'Passport scan', sha256: file.file.sha256, size: samplePdf.length });

    const verification = AuditVerificationSchema.parse(
      (await kit.get(`/api/cases/${caseId}/audit/verify`)).json(),
    );
    expect(verification).toMatchObject({ valid: true, firstBroken: null });
  });

  it('writes no audit event for a refused addition', async () => {
    const count = async () =>
      AuditTimelineSchema.parse((await kit.get(`/api/cases/${caseId}/audit`)).json()).items.length;
    const before = await count();
    await kit.add(caseId, { kind: 'note', title: 'N', text: 'T', checklistKey: 'nope' });
    await kit.upload(caseId, Buffer.from('<html></html>'), { contentType: 'text/html' });
    expect(await count()).toBe(before);
  });
});
