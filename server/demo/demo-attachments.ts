import type { DemoAttachmentContent, MessageItem } from '../../shared/mailbox/mailbox-item.schema';
import { bandedPng, pdfWithLines } from './demo-attachment-files';

// What the demo workspace hands the pane when it asks for an attachment's bytes,
// as Outlook's getAttachmentContentAsync would: invented files, made on first use.

type Attachment = MessageItem['attachments'][number];

function bytesOf(attachment: Attachment, message: MessageItem): Buffer {
  if (attachment.contentType === 'image/png') {
    // A phone screen: header bar, then alternating rows of a payment list.
    const rows = Array.from({ length: 10 }, (_, i) => (i % 2 ? [245, 245, 245] : [255, 255, 255]));
    return bandedPng(180, 320, [[0, 94, 184], ...rows]);
  }
  if (attachment.contentType === 'application/pdf') {
    return pdfWithLines([
      attachment.name,
      `Sent with: ${message.subject}`,
      `From: ${message.from.name} <${message.from.email}>`,
      'An invented document for the Caseline demo workspace.',
    ]);
  }
  return Buffer.from(`${attachment.name}\n\nAn invented file for the Caseline demo workspace.\n`);
}

/** The demo attachment with this id and its bytes, given the demo emails to look in. */
export function findDemoAttachment(
  messages: readonly MessageItem[],
  id: string,
): DemoAttachmentContent | undefined {
  for (const message of messages) {
    const attachment = message.attachments.find((a) => a.id === id);
    if (attachment)
      return {
        id,
        name: attachment.name,
        contentType: attachment.contentType,
        base64: bytesOf(attachment, message).toString('base64'),
      };
  }
  return undefined;
}

/** The emails with each attachment's size set to that of the file the demo hands out. */
export function withDemoAttachmentSizes(messages: readonly MessageItem[]): MessageItem[] {
  return messages.map((message) => ({
    ...message,
    attachments: message.attachments.map((a) => ({
      ...a,
      size: bytesOf(a, message).length,
    })),
  }));
}
