import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EvidenceItemSchema,
  EvidenceListSchema,
  maxEvidenceFileBytes,
} from '../../../shared/evidence/evidence.schema';
import { createTestApp, type TestApp } from '../../support/test-app';
import {
  elfProgram,
  errorOf,
  evidenceKit,
  evidenceRowCounts,
  samplePdf,
  storedFiles,
  windowsProgram,
} from './evidence-kit';

type RowCounts = Awaited<ReturnType<typeof evidenceRowCounts>>;

let t: TestApp;
let kit: ReturnType<typeof evidenceKit>;
let caseId: string;
/** What was stored before the test acted: the demo seed writes evidence of its own. */
let before: { rows: RowCounts; caseRows: RowCounts; files: string[] };

beforeEach(async () => {
  t = await createTestApp();
  kit = evidenceKit(t, `Bearer ${await t.tokenFor('u-sa-sofia')}`);
  caseId = (await kit.createCase('account_maintenance')).id;
  before = {
    rows: await evidenceRowCounts(t),
    caseRows: await evidenceRowCounts(t, { caseId }),
    files: storedFiles(t.dataDir),
  };
});

afterEach(async () => {
  await t.close();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The files under DATA_DIR/evidence that were not there before the test acted. */
function filesStoredSinceStart(): string[] {
  return storedFiles(t.dataDir).filter((file) => !before.files.includes(file));
}

async function expectNothingWritten() {
  expect(await evidenceRowCounts(t)).toEqual(before.rows);
  expect(await evidenceRowCounts(t, { caseId })).toEqual(before.caseRows);
  expect(storedFiles(t.dataDir).sort()).toEqual([...before.files].sort());
}

describe('POST /api/cases/:id/evidence/files', () => {
  it('stores an uploaded PDF under DATA_DIR/evidence by its SHA-256 and answers 201 with the item', async () => {
    const response = await kit.upload(caseId, samplePdf, {
      fileName: 'bank statement.pdf',
      title: 'March statement',
      checklistKey: 'identity_check',
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const item = EvidenceItemSchema.parse(response.json());
    const digest = sha256(samplePdf);
    expect(item).toMatchObject({
      kind: 'file',
      caseId,
      title: 'March statement',
      checklistKey: 'identity_check',
      addedBy: 'u-sa-sofia',
      removedAt: null,
      version: 1,
      file: {
        fileName: 'bank statement.pdf',
        sha256: digest,
        size: samplePdf.length,
        contentType: 'application/pdf',
      },
    });
    const onDisk = join(t.dataDir, 'evidence', digest.slice(0, 2), digest.slice(2, 4), digest);
    expect(readFileSync(onDisk)).toEqual(samplePdf);
    expect(filesStoredSinceStart()).toEqual([onDisk]);
  });

  it('titles the item after the file when no title is given', async () => {
    const response = await kit.upload(caseId, Buffer.from('a,b\n1,2\n'), {
      contentType: 'text/csv; charset=utf-8',
      fileName: 'ledger.csv',
    });
    expect(response.statusCode).toBe(201);
    expect(EvidenceItemSchema.parse(response.json())).toMatchObject({
      title: 'ledger.csv',
      file: { contentType: 'text/csv' },
    });
  });

  it('keeps the same bytes uploaded twice as two items sharing one stored file', async () => {
    const first = EvidenceItemSchema.parse((await kit.upload(caseId, samplePdf)).json());
    const secondResponse = await kit.upload(caseId, samplePdf, { fileName: 'copy.pdf' });
    expect(secondResponse.statusCode).toBe(201);
    const second = EvidenceItemSchema.parse(secondResponse.json());
    expect(second.id).not.toBe(first.id);
    expect(second.kind === 'file' && second.file.sha256).toBe(sha256(samplePdf));
    const digest = sha256(samplePdf);
    expect(await evidenceRowCounts(t, { caseId, sha256: digest })).toEqual({ items: 2, files: 1 });
    expect(await evidenceRowCounts(t)).toEqual({
      items: before.rows.items + 2,
      files: before.rows.files + 1,
    });
    const onDisk = join(t.dataDir, 'evidence', digest.slice(0, 2), digest.slice(2, 4), digest);
    expect(filesStoredSinceStart()).toEqual([onDisk]);
    const list = EvidenceListSchema.parse((await kit.get(`/api/cases/${caseId}/evidence`)).json());
    expect(list.items.map((i) => i.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('refuses a .pdf whose bytes are an ELF or Windows program with 415 and stores nothing', async () => {
    for (const program of [elfProgram, windowsProgram]) {
      const response = await kit.upload(caseId, program, { fileName: 'invoice.pdf' });
      expect(response.statusCode).toBe(415);
      expect(errorOf(response).code).toBe('unsupported_media_type');
    }
    await expectNothingWritten();
  });

  it('refuses a program declared as plain text with 415', async () => {
    const response = await kit.upload(caseId, windowsProgram, {
      contentType: 'text/plain',
      fileName: 'notes.txt',
    });
    expect(response.statusCode).toBe(415);
    await expectNothingWritten();
  });

  it('refuses text/html with 415 and names the allowed types', async () => {
    const response = await kit.upload(caseId, Buffer.from('<script>alert(1)</script>'), {
      contentType: 'text/html',
      fileName: 'page.html',
    });
    expect(response.statusCode).toBe(415);
    const error = errorOf(response);
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toContain('application/pdf');
    await expectNothingWritten();
  });

  it('refuses a file over the size limit with 413 and writes neither row nor file', async () => {
    const tooBig = Buffer.alloc(maxEvidenceFileBytes + 1, 0x20);
    samplePdf.copy(tooBig);
    const response = await kit.upload(caseId, tooBig);
    expect(response.statusCode).toBe(413);
    expect(errorOf(response).code).toBe('payload_too_large');
    await expectNothingWritten();
  });

  it('accepts a file of exactly the size limit', async () => {
    const atLimit = Buffer.alloc(maxEvidenceFileBytes, 0x20);
    samplePdf.copy(atLimit);
    const response = await kit.upload(caseId, atLimit);
    expect(response.statusCode).toBe(201);
  });

  it('keeps the 1 MB JSON limit on the other evidence routes', async () => {
    const response = await kit.add(caseId, {
      kind: 'note',
      title: 'Long note',
      text: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(response.statusCode).toBe(413);
    expect(errorOf(response).code).toBe('payload_too_large');
  });

  it('refuses an empty file with 400', async () => {
    const response = await kit.upload(caseId, Buffer.alloc(0));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
    await expectNothingWritten();
  });

  it('answers 404 for an unknown case and writes nothing', async () => {
    const response = await kit.upload('no-such-case', samplePdf);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
    await expectNothingWritten();
  });

  it('refuses a checklist key the case type does not have, before storing the file', async () => {
    const response = await kit.upload(caseId, samplePdf, { checklistKey: 'final_response' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toContain('identity_check, signed_instruction');
    await expectNothingWritten();
  });

  it('refuses a file name with a folder in it', async () => {
    const response = await kit.upload(caseId, samplePdf, { fileName: '../../etc/passwd' });
    expect(response.statusCode).toBe(400);
    await expectNothingWritten();
  });
});

describe('GET /api/evidence/:id/file', () => {
  it('returns the identical bytes as an attachment that the browser must not sniff', async () => {
    const item = EvidenceItemSchema.parse(
      (await kit.upload(caseId, samplePdf, { fileName: 'Überweisung (März).pdf' })).json(),
    );
    const response = await kit.get(`/api/evidence/${item.id}/file`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload).toEqual(samplePdf);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment;/);
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('Überweisung')}%20%28M%C3%A4rz%29.pdf`,
    );
    expect(disposition).not.toMatch(/inline/);
  });

  it('still serves the file of removed evidence, so history stays reviewable', async () => {
    const item = EvidenceItemSchema.parse((await kit.upload(caseId, samplePdf)).json());
    expect((await kit.remove(item.id, { reason: 'Wrong customer' })).statusCode).toBe(200);
    const response = await kit.get(`/api/evidence/${item.id}/file`);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload).toEqual(samplePdf);
    expect(existsSync(join(t.dataDir, 'evidence'))).toBe(true);
  });

  it('answers 404 for evidence that is not a file', async () => {
    const note = EvidenceItemSchema.parse(
      (await kit.add(caseId, { kind: 'note', title: 'Call', text: 'Spoke to the client' })).json(),
    );
    expect((await kit.get(`/api/evidence/${note.id}/file`)).statusCode).toBe(404);
    expect((await kit.get('/api/evidence/no-such-item/file')).statusCode).toBe(404);
  });
});
