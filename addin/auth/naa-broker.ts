import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { accessTokenOf, isInteractionRequired } from './msal-results';
import type { TokenBroker } from './token-source';

/** The part of MSAL's client the pane uses; tests pass a fake with the same shape. */
export type NaaClient = Pick<
  IPublicClientApplication,
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'getActiveAccount'
  | 'getAccount'
  | 'setActiveAccount'
>;

/** Tokens from Outlook's broker through MSAL's nested app authentication. */
export function naaBroker(
  client: NaaClient,
  request: { apiScope: string; loginHint: string },
): TokenBroker {
  const scopes = [request.apiScope];
  const loginHint = request.loginHint || undefined;
  // The account last used, else the one matching the mailbox; with neither the host chooses.
  const account = () =>
    client.getActiveAccount() ?? (loginHint ? client.getAccount({ loginHint }) : null) ?? undefined;
  const remember = (result: AuthenticationResult) => {
    if (result.account) client.setActiveAccount(result.account);
    return accessTokenOf(result);
  };
  return {
    silent: async ({ forceRefresh }) =>
      remember(await client.acquireTokenSilent({ scopes, account: account(), forceRefresh })),
    interactive: async () => remember(await client.acquireTokenPopup({ scopes, loginHint })),
    needsInteraction: isInteractionRequired,
  };
}
