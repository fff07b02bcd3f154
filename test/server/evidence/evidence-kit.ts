import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CaseSchema, type CaseType } from '../../../shared/cases/case.schema';
import { LinkedCaseListSchema } from '../../../shared/emails/email-link.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { demoData } from '../../../server/demo/demo-data';
import type { TestApp } from '../../support/test-app';

/** The smallest bytes each type's signature check accepts. */
export const samplePdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
export const elfProgram = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0]);
export const windowsProgram = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('PE'),
]);

const demoClient = (() => {
  const client = demoData.clients.find((c) => c.contacts.length > 0);
  if (!client) throw new Error('the demo data needs a client with a contact');
  return client;
})();

/** Test helpers bound to one app and one signed-in user. */
export function evidenceKit(t: TestApp, authorization: string) {
  const inject = t.app.inject.bind(t.app);

  async function createCase(type: CaseType = 'account_maintenance') {
    const internetMessageId = `<${randomUUID()}@mail.example>`;
    const response = await inject({
      method: 'POST',
      url: '/api/cases',
      headers: { authorization },
      payload: {
        clientId: demoClient.id,
        type,
        priority: 'normal',
        title: 'Change of registered address',
        description: '',
        channel: 'email',
        sourceEmail: {
          internetMessageId,
          conversationId: `conv-${randomUUID()}`,
          subject: 'Please update our address',
          from: { name: 'A Contact', email: 'a.contact@mail.example' },
          receivedAt: '2025-03-04T09:15:00.000Z',
        },
      },
    });
    if (response.statusCode !== 201) throw new Error(`case not created: ${response.body}`);
    const created = CaseSchema.parse(response.json());
    return { id: created.id, internetMessageId };
  }

  /** The id of the link the case made to the email it was created from. */
  async function sourceLinkId(internetMessageId: string): Promise<string> {
    const response = await inject({
      method: 'GET',
      url: `/api/emails/links?internetMessageId=${encodeURIComponent(internetMessageId)}`,
      headers: { authorization },
    });
    const link = LinkedCaseListSchema.parse(response.json()).items[0]?.link;
    if (!link) throw new Error('the case has no source email link');
    return link.id;
  }

  function upload(
    caseId: string,
    bytes: Buffer,
    options: {
      contentType?: string;
      fileName?: string;
      title?: string;
      checklistKey?: string;
    } = {},
  ) {
    const query = new URLSearchParams({ fileName: options.fileName ?? 'statement.pdf' });
    if (options.title) query.set('title', options.title);
    if (options.checklistKey) query.set('checklistKey', options.checklistKey);
    return inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence/files?${query.toString()}`,
      headers: { authorization, 'content-type': options.contentType ?? 'application/pdf' },
      payload: bytes,
    });
  }

  function add(caseId: string, payload: object) {
    return inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence`,
      headers: { authorization },
      payload,
    });
  }

  function remove(evidenceId: string, payload?: object) {
    return inject({
      method: 'DELETE',
      url: `/api/evidence/${evidenceId}`,
      headers: { authorization },
      ...(payload ? { payload } : {}),
    });
  }

  function get(url: string) {
    return inject({ method: 'GET', url, headers: { authorization } });
  }

  return { createCase, sourceLinkId, upload, add, remove, get };
}

export function errorOf(response: { json: () => unknown }) {
  return ErrorBodySchema.parse(response.json()).error;
}

/** Every file under `<dataDir>/evidence`, temporary ones included. */
export function storedFiles(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'evidence'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * How many evidence item and stored file rows there are. The demo seed writes
 * evidence of its own, so compare against a count taken before, or narrow the
 * count with `scope`: `caseId` and `sha256` narrow the items to one case and one
 * file's content, and `sha256` narrows the files to that one stored file.
 */
export async function evidenceRowCounts(
  t: TestApp,
  scope: { caseId?: string; sha256?: string } = {},
) {
  let items = t.db.selectFrom('evidence_items').select((eb) => eb.fn.countAll<number>().as('n'));
  if (scope.caseId !== undefined) items = items.where('case_id', '=', scope.caseId);
  if (scope.sha256 !== undefined) items = items.where('file_sha256', '=', scope.sha256);
  let files = t.db.selectFrom('evidence_files').select((eb) => eb.fn.countAll<number>().as('n'));
  if (scope.sha256 !== undefined) files = files.where('sha256', '=', scope.sha256);
  return {
    items: Number((await items.executeTakeFirstOrThrow()).n),
    files: Number((await files.executeTakeFirstOrThrow()).n),
  };
}
