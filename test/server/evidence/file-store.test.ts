import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceContentType } from '../../../shared/evidence/evidence.schema';
import { contentMatchesType } from '../../../server/evidence/file-content';
import {
  evidenceFilePath,
  openEvidenceFile,
  sha256Of,
  storeEvidenceFile,
} from '../../../server/evidence/file-store';
import { elfProgram, samplePdf, storedFiles, windowsProgram } from './evidence-kit';

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'caseline-evidence-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('storeEvidenceFile', () => {
  it('stores bytes once under evidence/ab/cd/<sha256> and leaves no temporary file behind', async () => {
    const first = await storeEvidenceFile(dataDir, samplePdf);
    const second = await storeEvidenceFile(dataDir, samplePdf);
    const digest = sha256Of(samplePdf);
    expect(first).toEqual({ sha256: digest, size: samplePdf.length });
    expect(second).toEqual(first);
    const path = join(dataDir, 'evidence', digest.slice(0, 2), digest.slice(2, 4), digest);
    expect(evidenceFilePath(dataDir, digest)).toBe(path);
    expect(storedFiles(dataDir)).toEqual([path]);
  });

  it('replaces a stored file whose size does not match its name', async () => {
    const { sha256 } = await storeEvidenceFile(dataDir, samplePdf);
    writeFileSync(evidenceFilePath(dataDir, sha256), samplePdf.subarray(0, 4));
    await storeEvidenceFile(dataDir, samplePdf);
    expect(readFileSync(evidenceFilePath(dataDir, sha256))).toEqual(samplePdf);
  });

  it('reads back what it stored', async () => {
    const { sha256 } = await storeEvidenceFile(dataDir, samplePdf);
    const { stream, size } = await openEvidenceFile(dataDir, sha256);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(size).toBe(samplePdf.length);
    expect(Buffer.concat(chunks)).toEqual(samplePdf);
  });

  it('refuses a path that is not a SHA-256 digest', () => {
    expect(() => evidenceFilePath(dataDir, '../../etc/passwd')).toThrow();
  });
});

describe('contentMatchesType', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);
  const accepted: [EvidenceContentType, Buffer][] = [
    ['application/pdf', samplePdf],
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])],
    ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])],
    ['image/gif', Buffer.from('GIF89a\x01\x00')],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', zip],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', zip],
    ['application/msword', ole],
    ['application/vnd.ms-excel', ole],
    ['application/vnd.ms-outlook', ole],
    ['text/plain', Buffer.from('Meeting notes: MZ Holdings called.')],
    ['text/csv', Buffer.from('date,amount\n2025-03-04,1200\n')],
    ['message/rfc822', Buffer.from('From: a@example.com\r\nSubject: Hi\r\n\r\nBody')],
    ['text/plain', Buffer.from('\ufeffhi', 'utf16le')],
  ];

  it.each(accepted)('accepts real %s content', (type, bytes) => {
    expect(contentMatchesType(bytes, type)).toBe(true);
  });

  it.each([
    'application/pdf',
    'image/png',
    'application/msword',
    'text/plain',
    'text/csv',
  ] as const)('refuses programs declared as %s', (type) => {
    expect(contentMatchesType(elfProgram, type)).toBe(false);
    expect(contentMatchesType(windowsProgram, type)).toBe(false);
  });

  it('refuses a PNG declared as a JPEG', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(contentMatchesType(png, 'image/jpeg')).toBe(false);
  });
});
