import { z } from 'zod';
import { SignInError } from '../sign-in-error';

// How the pane and the sign-in dialog talk: the query string the pane opens the dialog with,
// and what the dialog sends back with messageParent. Both ends are this add-in, but the
// pane still checks every message: anything that is not exactly this shape is refused.

const type = z.literal('caseline:sign-in');

export const DialogMessageSchema = z.discriminatedUnion('status', [
  z.strictObject({
    type,
    status: z.literal('signed_in'),
    accessToken: z.string().regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/),
    /** When the token expires, in milliseconds since the epoch. */
    expiresOn: z.number().int().positive(),
  }),
  z.strictObject({
    type,
    status: z.literal('failed'),
    code: z.string().max(200),
    message: z.string().max(2000),
  }),
]);
export type DialogMessage = z.infer<typeof DialogMessageSchema>;

/** Parses a message from the dialog, refusing anything malformed. */
export function parseDialogMessage(text: string): DialogMessage {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const parsed = DialogMessageSchema.safeParse(data);
  if (!parsed.success) {
    throw new SignInError(
      'bad_dialog_message',
      'The sign-in window sent a message Caseline does not understand',
    );
  }
  return parsed.data;
}

/** What the pane asks of the dialog, carried in the dialog page's query string. */
export type DialogRequest = { apiScope: string; loginHint: string; forceRefresh: boolean };

/** The query string the pane opens the dialog with. */
export function dialogQuery(request: { loginHint: string; forceRefresh: boolean }): string {
  const query = new URLSearchParams();
  if (request.loginHint) query.set('login_hint', request.loginHint);
  if (request.forceRefresh) query.set('refresh', '1');
  return query.toString();
}

/** Reads what the pane asked for from the dialog page's query string. */
export function readDialogQuery(search: URLSearchParams): Omit<DialogRequest, 'apiScope'> {
  return { loginHint: search.get('login_hint') ?? '', forceRefresh: search.get('refresh') === '1' };
}
