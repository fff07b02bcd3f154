import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DemoAttachmentContentSchema,
  DemoMailboxSchema,
} from '../../../shared/mailbox/mailbox-item.schema';
import { createTestApp, type TestApp } from '../../support/test-app';

// The demo workspace plays Outlook: it hands the pane each demo attachment's bytes
// from GET /api/dev/attachments/:id, as getAttachmentContentAsync would.

let t: TestApp;
let sofia: string;

beforeAll(async () => {
  t = await createTestApp();
  sofia = `Bearer ${await t.tokenFor('u-sa-sofia')}`;
});

afterAll(async () => {
  await t.close();
});

const get = (url: string, authorization?: string) =>
  t.app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} });

async function attachments() {
  const mailbox = DemoMailboxSchema.parse((await get('/api/dev/mailbox', sofia)).json());
  return mailbox.items.flatMap((item) => (item.kind === 'message' ? item.attachments : []));
}

describe('GET /api/dev/attachments/:id', () => {
  it('hands out a real file for every demo attachment, as big as the mailbox says', async () => {
    const listed = await attachments();
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(listed.map((a) => a.contentType)).toContain('image/png');
    for (const attachment of listed) {
      const response = await get(`/api/dev/attachments/${attachment.id}`, sofia);
      expect(response.statusCode).toBe(200);
      const file = DemoAttachmentContentSchema.parse(response.json());
      const bytes = Buffer.from(file.base64, 'base64');
      expect(file).toMatchObject({ name: attachment.name, contentType: attachment.contentType });
      expect(bytes.length).toBe(attachment.size);
      if (file.contentType === 'application/pdf') {
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.toString('latin1')).toContain('%%EOF');
      }
      if (file.contentType === 'image/png')
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it('answers 404 for an id no demo email has, and 401 without a token', async () => {
    const missing = await get('/api/dev/attachments/att-nope', sofia);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await get('/api/dev/attachments/att-001-1')).statusCode).toBe(401);
  });
});
