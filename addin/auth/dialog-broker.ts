import type { HostAuth } from '../host/host';
import { dialogQuery, parseDialogMessage } from './dialog/dialog-protocol';
import { SignInError } from './sign-in-error';
import type { TokenBroker } from './token-source';

/** The pane holds no token the dialog has not just handed it. */
class NoTokenYet extends Error {
  constructor() {
    super('No current token; the sign-in dialog must be opened');
    this.name = 'NoTokenYet';
  }
}

// Tokens this close to expiry are renewed before use, so a request never races the clock.
const renewBeforeMs = 5 * 60_000;
const dialogSize = { height: 60, width: 30 };

export type DialogBrokerOptions = {
  /** Absolute URL of auth-dialog.html, on the pane's own origin. */
  dialogUrl: string;
  /** The origin a reply must come from when the host reports one. */
  expectedOrigin: string;
  loginHint: string;
  now?: () => number;
};

/**
 * Tokens from the sign-in dialog, for hosts without nested app authentication. The dialog runs
 * MSAL's redirect flow itself and, if it already holds a good token, answers without a prompt.
 */
export function dialogBroker(
  openDialog: HostAuth['openDialog'],
  options: DialogBrokerOptions,
): TokenBroker {
  const now = options.now ?? Date.now;
  let current: { token: string; expiresOn: number } | null = null;

  return {
    silent: async ({ forceRefresh }) => {
      if (!forceRefresh && current && current.expiresOn - renewBeforeMs > now()) {
        return current.token;
      }
      throw new NoTokenYet();
    },
    interactive: async ({ forceRefresh }) => {
      current = null;
      const query = dialogQuery({ loginHint: options.loginHint, forceRefresh });
      const reply = await openDialog(`${options.dialogUrl}?${query}`, dialogSize);
      if (reply.origin !== null && reply.origin !== options.expectedOrigin) {
        throw new SignInError(
          'bad_dialog_message',
          'The sign-in window answered from another site',
        );
      }
      const message = parseDialogMessage(reply.message);
      if (message.status === 'failed') {
        throw new SignInError('dialog_failed', `Sign-in failed: ${message.message}`);
      }
      current = { token: message.accessToken, expiresOn: message.expiresOn };
      return message.accessToken;
    },
    needsInteraction: (error) => error instanceof NoTokenYet,
  };
}
