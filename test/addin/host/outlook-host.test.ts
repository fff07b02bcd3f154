import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectOutlookHost, readOutlookItem } from '../../../addin/host/outlook-host';

// Office.js's enum values, as the real library defines them.
const officeEnums = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text', Html: 'html' },
  EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
  MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
};

type AsyncCallback<T> = (result: { status: string; value: T; error?: { message: string } }) => void;

function succeed<T>(value: T) {
  return (callback: AsyncCallback<T>) => callback({ status: 'succeeded', value });
}

function fail(message: string) {
  return (callback: AsyncCallback<undefined>) =>
    callback({ status: 'failed', value: undefined, error: { message } });
}

/** A body whose getAsync answers only when asked for plain text, as the pane must. */
function textBody(text: string) {
  const requested: unknown[] = [];
  return {
    requested,
    body: {
      getAsync: (coercion: unknown, callback: AsyncCallback<string>) => {
        requested.push(coercion);
        if (coercion === officeEnums.CoercionType.Text)
          callback({ status: 'succeeded', value: text });
        else callback({ status: 'succeeded', value: `<p>${text}</p>` });
      },
    },
  };
}

function messageRead(overrides: Record<string, unknown> = {}) {
  return {
    itemType: 'message',
    itemId: 'AAMkAD-message-1',
    internetMessageId: '<CAF123@northwind.example>',
    conversationId: 'AAQkAD-conv-1',
    subject: 'RE: Missing payment',
    from: { displayName: 'Priya Shah', emailAddress: 'Priya.Shah@Northwind.Example' },
    to: [
      { displayName: 'Service desk', emailAddress: 'Service@Bank.Example' },
      { displayName: 'Sam Okafor', emailAddress: 'sam.okafor@bank.example' },
    ],
    cc: [{ displayName: 'Lee Park', emailAddress: 'LEE.PARK@bank.example' }],
    dateTimeCreated: new Date('2025-03-04T09:15:00Z'),
    attachments: [
      {
        id: 'att-1',
        name: 'statement.pdf',
        contentType: 'application/pdf',
        size: 20480,
        attachmentType: 'file',
      },
    ],
    ...textBody('The payment has not arrived.'),
    displayReplyForm: vi.fn(),
    ...overrides,
  };
}

function appointmentRead() {
  return {
    itemType: 'appointment',
    itemId: 'AAMkAD-meeting-1',
    subject: 'Quarterly review',
    organizer: { displayName: 'Sam Okafor', emailAddress: 'Sam.Okafor@Bank.Example' },
    requiredAttendees: [
      { displayName: 'Priya Shah', emailAddress: 'Priya.Shah@Northwind.Example' },
    ],
    optionalAttendees: [{ displayName: 'Lee Park', emailAddress: 'lee.park@bank.example' }],
    start: new Date('2025-03-10T10:00:00Z'),
    end: new Date('2025-03-10T11:00:00Z'),
    location: 'Room 4',
    ...textBody('Agenda: annual review'),
  };
}

function appointmentCompose(
  itemId: ((cb: AsyncCallback<string>) => void) | null = succeed('AAMkAD-draft-1'),
) {
  return {
    itemType: 'appointment',
    subject: { getAsync: succeed('Onboarding call') },
    organizer: {
      getAsync: succeed({ displayName: 'Sam Okafor', emailAddress: 'Sam.Okafor@Bank.Example' }),
    },
    requiredAttendees: {
      getAsync: succeed([
        { displayName: 'Priya Shah', emailAddress: 'Priya.Shah@Northwind.Example' },
      ]),
    },
    optionalAttendees: { getAsync: succeed([]) },
    start: { getAsync: succeed(new Date('2025-04-01T08:30:00Z')) },
    end: { getAsync: succeed(new Date('2025-04-01T09:00:00Z')) },
    location: { getAsync: succeed('Teams') },
    ...textBody('Welcome call'),
    getItemIdAsync: itemId ?? fail('The item has not been saved'),
  };
}

type Handler = () => void;
/** Office.EventType is typed as an ambient enum; at run time its members are these strings. */
type EventName = string | Office.EventType;

/**
 * Installs an office-addin-mock Office global for Outlook with the given selected item,
 * recording the handlers the pane registers on the mailbox.
 */
function installOffice(item: Record<string, unknown> | undefined, bodyBackgroundColor = '#ffffff') {
  const handlers = new Map<EventName, Handler>();
  const addHandlerAsync = vi.fn((eventType: EventName, handler: Handler) => {
    handlers.set(eventType, handler);
  });
  const removeHandlerAsync = vi.fn((eventType: EventName) => {
    handlers.delete(eventType);
  });
  const office = new OfficeMockObject({
    host: 'outlook',
    ...officeEnums,
    onReady: vi.fn(() => Promise.resolve({ host: 'Outlook', platform: 'PC' })),
    context: {
      officeTheme: { bodyBackgroundColor },
      mailbox: {
        ...(item ? { item } : {}),
        userProfile: { displayName: 'Sam Okafor', emailAddress: 'Sam.Okafor@Bank.Example' },
        addHandlerAsync,
        removeHandlerAsync,
      },
    },
  });
  vi.stubGlobal('Office', office);
  const mailbox = office.context.mailbox as { item: unknown };
  return {
    office,
    handlers,
    addHandlerAsync,
    removeHandlerAsync,
    /** What Outlook does when the user selects another item (or none). */
    select: (next: Record<string, unknown> | null) => {
      mailbox.item = next === null ? null : new OfficeMockObject({ host: 'outlook', ...next });
    },
    fire: (eventType: EventName) => {
      const handler = handlers.get(eventType);
      if (!handler) throw new Error(`No handler registered for ${eventType}`);
      handler();
    },
    setTheme: (color: string) => {
      (office.context.officeTheme as { bodyBackgroundColor: string }).bodyBackgroundColor = color;
    },
  };
}

/** The mock's current item, as Outlook would hand it over. */
function selectedItem(): Office.Item | null {
  return Office.context.mailbox.item as Office.Item | null;
}

const noDocument = {} as Document;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readOutlookItem', () => {
  it('reads a received message into the pane’s shape', async () => {
    const item = messageRead();
    installOffice(item);

    await expect(readOutlookItem(selectedItem())).resolves.toEqual({
      kind: 'message',
      itemId: 'AAMkAD-message-1',
      internetMessageId: '<CAF123@northwind.example>',
      conversationId: 'AAQkAD-conv-1',
      subject: 'RE: Missing payment',
      from: { name: 'Priya Shah', email: 'priya.shah@northwind.example' },
      to: [
        { name: 'Service desk', email: 'service@bank.example' },
        { name: 'Sam Okafor', email: 'sam.okafor@bank.example' },
      ],
      cc: [{ name: 'Lee Park', email: 'lee.park@bank.example' }],
      receivedAt: '2025-03-04T09:15:00.000Z',
      bodyText: 'The payment has not arrived.',
      attachments: [
        { id: 'att-1', name: 'statement.pdf', contentType: 'application/pdf', size: 20480 },
      ],
    });
  });

  it('asks Outlook for the body as plain text, never HTML', async () => {
    const item = messageRead();
    installOffice(item);
    await readOutlookItem(selectedItem());
    expect(item.requested).toEqual([Office.CoercionType.Text]);
  });

  it('reads a message without cc or attachments as empty lists', async () => {
    installOffice(messageRead({ cc: undefined, attachments: undefined }));
    const read = await readOutlookItem(selectedItem());
    expect(read).toMatchObject({ kind: 'message', cc: [], attachments: [] });
  });

  it('rejects with Outlook’s message when the body cannot be read', async () => {
    installOffice(
      messageRead({
        body: {
          getAsync: (_coercion: unknown, callback: AsyncCallback<undefined>) =>
            callback({ status: 'failed', value: undefined, error: { message: 'Item is busy' } }),
        },
      }),
    );
    await expect(readOutlookItem(selectedItem())).rejects.toThrow('Item is busy');
  });

  it('reads a meeting the user is invited to (read mode)', async () => {
    installOffice(appointmentRead());
    await expect(readOutlookItem(selectedItem())).resolves.toEqual({
      kind: 'appointment',
      role: 'attendee',
      itemId: 'AAMkAD-meeting-1',
      subject: 'Quarterly review',
      organizer: { name: 'Sam Okafor', email: 'sam.okafor@bank.example' },
      requiredAttendees: [{ name: 'Priya Shah', email: 'priya.shah@northwind.example' }],
      optionalAttendees: [{ name: 'Lee Park', email: 'lee.park@bank.example' }],
      start: '2025-03-10T10:00:00.000Z',
      end: '2025-03-10T11:00:00.000Z',
      location: 'Room 4',
      bodyText: 'Agenda: annual review',
    });
  });

  it('reads a meeting the user organises (compose form) through each field’s getAsync', async () => {
    const item = appointmentCompose();
    installOffice(item);
    await expect(readOutlookItem(selectedItem())).resolves.toEqual({
      kind: 'appointment',
      role: 'organizer',
      itemId: 'AAMkAD-draft-1',
      subject: 'Onboarding call',
      organizer: { name: 'Sam Okafor', email: 'sam.okafor@bank.example' },
      requiredAttendees: [{ name: 'Priya Shah', email: 'priya.shah@northwind.example' }],
      optionalAttendees: [],
      start: '2025-04-01T08:30:00.000Z',
      end: '2025-04-01T09:00:00.000Z',
      location: 'Teams',
      bodyText: 'Welcome call',
    });
    expect(item.requested).toEqual([Office.CoercionType.Text]);
  });

  it('gives an unsaved organiser meeting a stand-in id instead of failing', async () => {
    installOffice(appointmentCompose(null));
    const read = await readOutlookItem(selectedItem());
    expect(read).toMatchObject({
      kind: 'appointment',
      role: 'organizer',
      itemId: 'draft-Onboarding call',
    });
  });

  it('is null when nothing is selected', async () => {
    installOffice(undefined);
    await expect(readOutlookItem(null)).resolves.toBeNull();
    await expect(readOutlookItem(undefined)).resolves.toBeNull();
    await expect(readOutlookItem(selectedItem())).resolves.toBeNull();
  });
});

describe('connectOutlookHost', () => {
  it('waits for Office to be ready, then reads the selected item', async () => {
    const office = installOffice(messageRead());
    const host = await connectOutlookHost(noDocument);

    expect(office.office.onReady).toHaveBeenCalled();
    expect(host.kind).toBe('outlook');
    await expect(host.currentItem()).resolves.toMatchObject({
      kind: 'message',
      itemId: 'AAMkAD-message-1',
    });
  });

  it('reports the mailbox owner with a lower-cased address', async () => {
    installOffice(messageRead());
    const host = await connectOutlookHost(noDocument);
    expect(host.user()).toEqual({ name: 'Sam Okafor', email: 'sam.okafor@bank.example' });
  });

  it('registers an ItemChanged handler and passes on each newly selected item', async () => {
    const office = installOffice(messageRead());
    const host = await connectOutlookHost(noDocument);
    const listener = vi.fn();

    host.onItemChanged(listener);
    expect(office.addHandlerAsync).toHaveBeenCalledWith(
      Office.EventType.ItemChanged,
      expect.any(Function),
    );

    office.select(appointmentRead());
    office.fire(Office.EventType.ItemChanged);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'appointment', itemId: 'AAMkAD-meeting-1' }),
    );
  });

  it('tells the listener null when a pinned pane’s selection is cleared', async () => {
    const office = installOffice(messageRead());
    const host = await connectOutlookHost(noDocument);
    const listener = vi.fn();
    host.onItemChanged(listener);

    office.select(null);
    office.fire(Office.EventType.ItemChanged);

    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith(null));
  });

  it('tells the listener null when the new item cannot be read', async () => {
    const office = installOffice(messageRead());
    const host = await connectOutlookHost(noDocument);
    const listener = vi.fn();
    host.onItemChanged(listener);

    office.select(
      messageRead({
        body: {
          getAsync: (_c: unknown, cb: AsyncCallback<undefined>) =>
            cb({ status: 'failed', value: undefined }),
        },
      }),
    );
    office.fire(Office.EventType.ItemChanged);

    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith(null));
  });

  it('stops calling the listener once unsubscribed', async () => {
    const office = installOffice(messageRead());
    const host = await connectOutlookHost(noDocument);
    const listener = vi.fn();
    const unsubscribe = host.onItemChanged(listener);
    const handler = office.handlers.get(Office.EventType.ItemChanged);

    unsubscribe();
    expect(office.removeHandlerAsync).toHaveBeenCalledWith(Office.EventType.ItemChanged);
    // Even if Outlook still delivers an event already queued.
    handler?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(listener).not.toHaveBeenCalled();
  });

  it('follows Office’s theme and its changes', async () => {
    const office = installOffice(messageRead(), '#1f1f1f');
    const host = await connectOutlookHost(noDocument);
    expect(host.theme()).toBe('dark');

    const listener = vi.fn();
    host.onThemeChanged(listener);
    expect(office.addHandlerAsync).toHaveBeenCalledWith(
      Office.EventType.OfficeThemeChanged,
      expect.any(Function),
    );
    office.setTheme('#ffffff');
    office.fire(Office.EventType.OfficeThemeChanged);
    expect(listener).toHaveBeenCalledWith('light');
    expect(host.theme()).toBe('light');
  });

  it('opens Outlook’s reply form with the draft, for the user to send', async () => {
    const item = messageRead();
    installOffice(item);
    const host = await connectOutlookHost(noDocument);
    host.displayReplyForm({ htmlBody: '<p>Thank you</p>' });
    expect(item.displayReplyForm).toHaveBeenCalledWith({ htmlBody: '<p>Thank you</p>' });
  });
});
