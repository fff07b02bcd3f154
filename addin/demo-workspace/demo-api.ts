import axios from 'axios';
import { DevTokenResponseSchema } from '../../shared/auth/dev-token.schema';
import { DemoMailboxSchema, type MailboxItem } from '../../shared/mailbox/mailbox-item.schema';

/** The demo folder as the given user sees it. */
export async function fetchDemoMailbox(userId: string): Promise<MailboxItem[]> {
  const token = await axios.post<unknown>('/api/dev/token', { userId });
  const { accessToken } = DevTokenResponseSchema.parse(token.data);
  const response = await axios.get<unknown>('/api/dev/mailbox', {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return DemoMailboxSchema.parse(response.data).items;
}
