import axios from 'axios';
import { DevTokenResponseSchema } from '../../shared/auth/dev-token.schema';
import {
  DemoAttachmentContentSchema,
  DemoMailboxSchema,
  type DemoAttachmentContent,
  type MailboxItem,
} from '../../shared/mailbox/mailbox-item.schema';

async function devAuthorization(userId: string) {
  const token = await axios.post<unknown>('/api/dev/token', { userId });
  const { accessToken } = DevTokenResponseSchema.parse(token.data);
  return { Authorization: `Bearer ${accessToken}` };
}

/** The demo folder as the given user sees it. */
export async function fetchDemoMailbox(userId: string): Promise<MailboxItem[]> {
  const response = await axios.get<unknown>('/api/dev/mailbox', {
    headers: await devAuthorization(userId),
  });
  return DemoMailboxSchema.parse(response.data).items;
}

/** One demo attachment's bytes, which the workspace hands the pane as Outlook would. */
export async function fetchDemoAttachment(
  userId: string,
  attachmentId: string,
): Promise<DemoAttachmentContent> {
  const response = await axios.get<unknown>(
    `/api/dev/attachments/${encodeURIComponent(attachmentId)}`,
    { headers: await devAuthorization(userId) },
  );
  return DemoAttachmentContentSchema.parse(response.data);
}
