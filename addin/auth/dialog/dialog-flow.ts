import {
  CacheLookupPolicy,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { accessTokenOf, isInteractionRequired } from '../msal-results';
import type { DialogMessage, DialogRequest } from './dialog-protocol';

/** The part of MSAL's client the sign-in dialog uses; tests pass a fake with the same shape. */
export type DialogMsalClient = Pick<
  IPublicClientApplication,
  | 'handleRedirectPromise'
  | 'acquireTokenSilent'
  | 'acquireTokenRedirect'
  | 'getActiveAccount'
  | 'getAccount'
  | 'setActiveAccount'
>;

function signedIn(result: AuthenticationResult): DialogMessage {
  return {
    type: 'caseline:sign-in',
    status: 'signed_in',
    accessToken: accessTokenOf(result),
    // MSAL always sets it for access tokens; if not, treat the token as good for five minutes.
    expiresOn: result.expiresOn?.getTime() ?? Date.now() + 5 * 60_000,
  };
}

/** The failure as the pane will show it; never a stack or a token. */
export function failed(error: unknown): DialogMessage {
  const code =
    error instanceof Error && 'errorCode' in error && typeof error.errorCode === 'string'
      ? error.errorCode
      : error instanceof Error
        ? error.name
        : 'unknown';
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: 'caseline:sign-in',
    status: 'failed',
    code: code.slice(0, 200),
    message: message.slice(0, 2000),
  };
}

/**
 * The dialog page's whole job: hand back a token from the redirect it just returned from, else
 * from MSAL's cache, else send the user to sign in (the page is loaded again on the way back).
 */
export async function runDialogFlow(
  client: DialogMsalClient,
  request: DialogRequest,
  reply: (message: DialogMessage) => void,
): Promise<void> {
  const scopes = [request.apiScope];
  const loginHint = request.loginHint || undefined;
  try {
    const returned = await client.handleRedirectPromise({ navigateToLoginRequestUrl: false });
    if (returned) {
      if (returned.account) client.setActiveAccount(returned.account);
      reply(signedIn(returned));
      return;
    }
    const account =
      client.getActiveAccount() ?? (loginHint ? client.getAccount({ loginHint }) : null);
    if (account) {
      try {
        const result = await client.acquireTokenSilent({
          scopes,
          account,
          forceRefresh: request.forceRefresh,
          // Never the hidden-iframe renewal: it needs a redirect bridge page, and this page is
          // already the place to sign in, so an expired session goes straight to the redirect.
          cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
        });
        reply(signedIn(result));
        return;
      } catch (error) {
        if (!isInteractionRequired(error)) throw error;
      }
    }
    await client.acquireTokenRedirect({ scopes, loginHint });
  } catch (error) {
    reply(failed(error));
  }
}
