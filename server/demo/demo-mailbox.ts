import type { MailboxItem } from '../../shared/mailbox/mailbox-item.schema';
import { withDemoAttachmentSizes } from './demo-attachments';
import { demoAppointments } from './demo-mailbox-appointments';
import { earlyMessages } from './demo-mailbox-messages-early';
import { lateMessages } from './demo-mailbox-messages-late';

// The demo workspace's folder: 16 emails (16–21 November 2026) and 3 meetings.
// Notable items:
//   demo-msg-001  on case cs-003; demo-msg-014 is a later reply in the same conversation
//   demo-msg-002  on case cs-004
//   demo-msg-008  from caldergroup.example, not a contact: the domain matches two clients
//   demo-msg-011  from a sender and domain the bank does not know
//   demo-msg-009, demo-msg-012  internal: an RM's fee-waiver request, an RM's forward

function sortTime(item: MailboxItem): string {
  return item.kind === 'message' ? item.receivedAt : item.start;
}

/** Newest first: emails by when they arrived, meetings by when they start. */
export const demoMailbox: MailboxItem[] = [
  // Sizes are those of the invented files GET /api/dev/attachments/:id hands out.
  ...withDemoAttachmentSizes(lateMessages),
  ...withDemoAttachmentSizes(earlyMessages),
  ...demoAppointments,
].sort((a, b) => sortTime(b).localeCompare(sortTime(a)));
