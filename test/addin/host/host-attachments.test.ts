// @vitest-environment jsdom
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectDemoHost } from '../../../addin/host/demo-host';
import { connectOutlookHost, readOutlookAttachment } from '../../../addin/host/outlook-host';
import { aMessage } from '../support/fixtures';

// Reading an attachment's bytes: Outlook's getAttachmentContentAsync, and the demo
// workspace playing Outlook over postMessage.

const officeEnums = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  MailboxEnums: {
    ItemType: { Message: 'message', Appointment: 'appointment' },
    AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
  },
};

type Content = { format: string; content: string };
type Callback = (result: { status: string; value?: Content; error?: { message: string } }) => void;

function outlookItem(answer: (id: string, callback: Callback) => void) {
  return {
    itemType: 'message',
    attachments: [
      { id: 'att-1', name: 'advice.pdf', contentType: 'application/pdf', size: 4 },
      { id: 'att-2', name: 'Original message', contentType: 'message/rfc822', size: 10 },
      { id: 'att-3', name: 'Shared folder', contentType: 'text/html', size: 0 },
    ],
    getAttachmentContentAsync: vi.fn(answer),
  };
}

function installOffice(item: unknown, mailbox18 = true) {
  const office = new OfficeMockObject({
    host: 'outlook',
    ...officeEnums,
    onReady: vi.fn(() => Promise.resolve({ host: 'Outlook', platform: 'PC' })),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          mailbox18 && name === 'Mailbox' && version === '1.8',
      },
      mailbox: {
        item,
        userProfile: { displayName: 'Sam Okafor', emailAddress: 'sam.okafor@bank.example' },
        addHandlerAsync: vi.fn(),
        removeHandlerAsync: vi.fn(),
      },
    },
  });
  vi.stubGlobal('Office', office);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const noDocument = {} as Document;

describe('Outlook host: getAttachmentContent', () => {
  it('turns the base64 Outlook gives into the file’s bytes, with its name and type', async () => {
    const item = outlookItem((_id, callback) =>
      callback({ status: 'succeeded', value: { format: 'base64', content: btoa('%PDF') } }),
    );
    installOffice(item);
    const host = await connectOutlookHost(noDocument);

    const file = await host.getAttachmentContent?.('att-1');
    expect(item.getAttachmentContentAsync).toHaveBeenCalledWith('att-1', expect.any(Function));
    expect(file).toEqual({
      name: 'advice.pdf',
      contentType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
  });

  it('keeps an attached email as its MIME text', async () => {
    const item = outlookItem((_id, callback) =>
      callback({ status: 'succeeded', value: { format: 'eml', content: 'Subject: hi' } }),
    );
    installOffice(item);
    const file = await readOutlookAttachment(item as unknown as Office.MessageRead, 'att-2');
    expect(file.name).toBe('Original message.eml');
    expect(file.contentType).toBe('message/rfc822');
    expect(new TextDecoder().decode(file.bytes)).toBe('Subject: hi');
  });

  it('refuses a cloud attachment, which is a link and not a file', async () => {
    const item = outlookItem((_id, callback) =>
      callback({ status: 'succeeded', value: { format: 'url', content: 'https://x.example' } }),
    );
    installOffice(item);
    await expect(
      readOutlookAttachment(item as unknown as Office.MessageRead, 'att-3'),
    ).rejects.toThrow(/not a file/);
  });

  it('passes on Outlook’s failure, and refuses an id the item does not have', async () => {
    const item = outlookItem((_id, callback) =>
      callback({ status: 'failed', error: { message: 'The attachment was deleted' } }),
    );
    installOffice(item);
    const read = (id: string) => readOutlookAttachment(item as unknown as Office.MessageRead, id);
    await expect(read('att-1')).rejects.toThrow('The attachment was deleted');
    await expect(read('att-9')).rejects.toThrow(/no longer on the selected email/);
  });

  it('offers no attachment reading before requirement set Mailbox 1.8', async () => {
    installOffice(
      outlookItem(() => undefined),
      false,
    );
    const host = await connectOutlookHost(noDocument);
    expect(host.getAttachmentContent).toBeUndefined();
  });
});

describe('demo host: getAttachmentContent', () => {
  const origin = 'https://localhost:3000';

  async function demoHost() {
    const parent = { postMessage: vi.fn() };
    const listeners: ((event: MessageEvent) => void)[] = [];
    const win = {
      parent,
      location: { origin },
      addEventListener: (_type: string, listener: (event: MessageEvent) => void) =>
        listeners.push(listener),
    } as unknown as Window;
    const deliver = (data: unknown, source: unknown = parent) =>
      listeners.forEach((l) => l({ data, origin, source } as MessageEvent));
    const pending = connectDemoHost(win);
    deliver({
      type: 'caseline-demo:state',
      item: aMessage(),
      user: { name: 'Sam', email: 'sam@bank.example' },
      theme: 'light',
    });
    return { host: await pending, parent, deliver };
  }

  it('asks the workspace for the file and resolves with the bytes it sends back', async () => {
    const { host, parent, deliver } = await demoHost();
    const reading = host.getAttachmentContent?.('att-001-1');
    const ask = parent.postMessage.mock.calls.at(-1)?.[0] as { requestId: string };
    expect(ask).toMatchObject({ type: 'caseline-demo:get-attachment', attachmentId: 'att-001-1' });

    // Another window's answer is ignored; the workspace's is taken.
    deliver(
      { type: 'caseline-demo:attachment', requestId: ask.requestId, content: null, error: 'x' },
      {},
    );
    deliver({
      type: 'caseline-demo:attachment',
      requestId: ask.requestId,
      content: {
        id: 'att-001-1',
        name: 'advice.pdf',
        contentType: 'application/pdf',
        base64: btoa('%PDF'),
      },
      error: null,
    });
    await expect(reading).resolves.toEqual({
      name: 'advice.pdf',
      contentType: 'application/pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
  });

  it('rejects with the workspace’s reason when it could not fetch the file', async () => {
    const { host, parent, deliver } = await demoHost();
    const reading = host.getAttachmentContent?.('att-404');
    const ask = parent.postMessage.mock.calls.at(-1)?.[0] as { requestId: string };
    deliver({
      type: 'caseline-demo:attachment',
      requestId: ask.requestId,
      content: null,
      error: 'Demo attachment was not found',
    });
    await expect(reading).rejects.toThrow('Demo attachment was not found');
  });
});
