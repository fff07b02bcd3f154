import type {
  AppointmentItem,
  MailboxItem,
  MessageItem,
} from '../../shared/mailbox/mailbox-item.schema';
import {
  HostDialogError,
  type AttachmentContent,
  type DialogReply,
  type DialogSize,
  type Host,
  type HostAuth,
  type HostTheme,
} from './host';
import { themeFromBackground } from './theme-from-colors';

// The only module that touches Office.js. Callbacks become promises here, and
// Outlook's item objects become the plain shapes the rest of the pane uses.

const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Loads office.js from Microsoft's CDN, as the Office store requires. */
function loadOfficeJs(doc: Document): Promise<void> {
  if (typeof Office !== 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = officeJsUrl;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('Office.js could not be loaded'));
    doc.head.appendChild(script);
  });
}

function person(details: Office.EmailAddressDetails | undefined) {
  return { name: details?.displayName ?? '', email: (details?.emailAddress ?? '').toLowerCase() };
}

function asyncValue<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? 'Outlook could not read the item'));
    });
  });
}

function bodyText(item: { body: Office.Body }): Promise<string> {
  return asyncValue<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb));
}

async function readMessage(item: Office.MessageRead): Promise<MessageItem> {
  return {
    kind: 'message',
    itemId: item.itemId,
    internetMessageId: item.internetMessageId,
    conversationId: item.conversationId,
    subject: item.subject,
    from: person(item.from),
    to: (item.to ?? []).map(person),
    cc: (item.cc ?? []).map(person),
    receivedAt: item.dateTimeCreated.toISOString(),
    bodyText: await bodyText(item),
    attachments: (item.attachments ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      contentType: a.contentType,
      size: a.size,
    })),
  };
}

async function readAppointmentAsAttendee(item: Office.AppointmentRead): Promise<AppointmentItem> {
  return {
    kind: 'appointment',
    role: 'attendee',
    itemId: item.itemId,
    subject: item.subject,
    organizer: person(item.organizer),
    requiredAttendees: (item.requiredAttendees ?? []).map(person),
    optionalAttendees: (item.optionalAttendees ?? []).map(person),
    start: item.start.toISOString(),
    end: item.end.toISOString(),
    location: item.location ?? '',
    bodyText: await bodyText(item),
  };
}

async function readAppointmentAsOrganizer(
  item: Office.AppointmentCompose,
): Promise<AppointmentItem> {
  const [subject, organizer, required, optional, start, end, location, text] = await Promise.all([
    asyncValue<string>((cb) => item.subject.getAsync(cb)),
    asyncValue<Office.EmailAddressDetails>((cb) => item.organizer.getAsync(cb)),
    asyncValue<Office.EmailAddressDetails[]>((cb) => item.requiredAttendees.getAsync(cb)),
    asyncValue<Office.EmailAddressDetails[]>((cb) => item.optionalAttendees.getAsync(cb)),
    asyncValue<Date>((cb) => item.start.getAsync(cb)),
    asyncValue<Date>((cb) => item.end.getAsync(cb)),
    asyncValue<string>((cb) => item.location.getAsync(cb)),
    bodyText(item),
  ]);
  const itemId = await asyncValue<string>((cb) => item.getItemIdAsync(cb)).catch(
    () => `draft-${subject}`,
  );
  return {
    kind: 'appointment',
    role: 'organizer',
    itemId,
    subject,
    organizer: person(organizer),
    requiredAttendees: required.map(person),
    optionalAttendees: optional.map(person),
    start: start.toISOString(),
    end: end.toISOString(),
    location,
    bodyText: text,
  };
}

/** Reads Outlook's selected item into the pane's shape; null when nothing is selected. */
export async function readOutlookItem(
  item: Office.Item | null | undefined,
): Promise<MailboxItem | null> {
  if (!item) return null;
  const { itemType } = item as unknown as { itemType: Office.MailboxEnums.ItemType };
  if (itemType === Office.MailboxEnums.ItemType.Message)
    return readMessage(item as Office.MessageRead);
  const appointment = item as Office.AppointmentRead | Office.AppointmentCompose;
  // In read mode subject is a string; in the organizer's compose form it is an object with getAsync.
  if (typeof appointment.subject === 'string')
    return readAppointmentAsAttendee(item as Office.AppointmentRead);
  return readAppointmentAsOrganizer(item as Office.AppointmentCompose);
}

function bytesOfBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Reads one attachment of the selected email through getAttachmentContentAsync (Mailbox 1.8). */
export async function readOutlookAttachment(
  item: Office.MessageRead | null | undefined,
  attachmentId: string,
): Promise<AttachmentContent> {
  const info = (item?.attachments ?? []).find((a) => a.id === attachmentId);
  if (!item || !info) throw new Error('This attachment is no longer on the selected email');
  const content = await asyncValue<Office.AttachmentContent>((cb) =>
    item.getAttachmentContentAsync(attachmentId, cb),
  );
  const formats = Office.MailboxEnums.AttachmentContentFormat;
  switch (content.format) {
    case formats.Base64:
      return {
        name: info.name,
        contentType: info.contentType,
        bytes: bytesOfBase64(content.content),
      };
    case formats.Eml:
      // An attached email comes as its MIME text.
      return {
        name: /\.eml$/i.test(info.name) ? info.name : `${info.name}.eml`,
        contentType: 'message/rfc822',
        bytes: new TextEncoder().encode(content.content),
      };
    default:
      // Cloud attachments are links, and calendar items are not files Caseline keeps.
      throw new Error(`${info.name} is a link or calendar item, not a file, so it cannot be added`);
  }
}

/** getAttachmentContentAsync arrived with requirement set Mailbox 1.8. */
function supportsAttachmentContent(): boolean {
  // Older hosts may not offer the requirements object at all.
  const requirements = Office.context.requirements as Office.RequirementSetSupport | undefined;
  return requirements?.isSetSupported('Mailbox', '1.8') ?? false;
}

function currentTheme(): HostTheme {
  return themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
}

// Office dialog error numbers: 12006 the user closed it; 12009 and 12011 it was ignored or blocked.
const dialogClosed = 12006;
const dialogBlocked = new Set([12009, 12011]);

function openDialog(url: string, size: DialogSize): Promise<DialogReply> {
  return new Promise((resolve, reject) => {
    const options = { height: size.height, width: size.width, displayInIframe: false };
    Office.context.ui.displayDialogAsync(url, options, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        const code = dialogBlocked.has(result.error.code) ? 'blocked' : 'failed';
        reject(new HostDialogError(code, result.error.message));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (args) => {
        dialog.close();
        if ('message' in args) resolve({ message: args.message, origin: args.origin ?? null });
        else reject(new HostDialogError('failed', `The dialog failed (${args.error})`));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (args) => {
        const closed = 'error' in args && args.error === dialogClosed;
        reject(
          new HostDialogError(
            closed ? 'closed' : 'failed',
            closed ? 'The sign-in window was closed' : 'The sign-in window failed to load',
          ),
        );
      });
    });
  });
}

const outlookAuth: HostAuth = {
  supportsNestedAppAuth: () => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
  openDialog,
};

/** The page inside an Office dialog, talking back to the pane that opened it. */
export type OfficeDialogParent = { messageParent: (message: string) => void };

/** Connects a dialog page to its parent once Office.js is ready. */
export async function connectOfficeDialog(doc: Document = document): Promise<OfficeDialogParent> {
  await loadOfficeJs(doc);
  await Office.onReady();
  const targetOrigin = doc.location.origin;
  // Pinning the recipient's origin needs DialogOrigin 1.1; older clients deliver to the parent only.
  const pinned = Office.context.requirements.isSetSupported('DialogOrigin', '1.1');
  return {
    messageParent: (message) =>
      pinned
        ? Office.context.ui.messageParent(message, { targetOrigin })
        : Office.context.ui.messageParent(message),
  };
}

/** Connects to Outlook once Office.js is ready. */
export async function connectOutlookHost(doc: Document = document): Promise<Host> {
  await loadOfficeJs(doc);
  await Office.onReady();
  const mailbox = Office.context.mailbox;
  return {
    kind: 'outlook',
    currentItem: () => readOutlookItem(mailbox.item),
    onItemChanged: (listener) => {
      let active = true;
      mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => {
        if (!active) return;
        // A pinned pane gets this event with a null item when the selection is cleared.
        readOutlookItem(mailbox.item).then(listener, () => listener(null));
      });
      return () => {
        active = false;
        mailbox.removeHandlerAsync(Office.EventType.ItemChanged);
      };
    },
    user: () => ({
      name: mailbox.userProfile.displayName,
      email: mailbox.userProfile.emailAddress.toLowerCase(),
    }),
    theme: currentTheme,
    onThemeChanged: (listener) => {
      mailbox.addHandlerAsync(Office.EventType.OfficeThemeChanged, () => listener(currentTheme()));
      return () => mailbox.removeHandlerAsync(Office.EventType.OfficeThemeChanged);
    },
    displayReplyForm: (draft) => {
      const item = mailbox.item as Office.MessageRead | null;
      item?.displayReplyForm({ htmlBody: draft.htmlBody });
    },
    auth: outlookAuth,
    ...(supportsAttachmentContent()
      ? {
          getAttachmentContent: (attachmentId: string) =>
            readOutlookAttachment(mailbox.item as Office.MessageRead | null, attachmentId),
        }
      : {}),
  };
}
