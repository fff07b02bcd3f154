import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser';
import { vi } from 'vitest';
import type { DialogMsalClient } from '../../../addin/auth/dialog/dialog-flow';
import type { NaaClient } from '../../../addin/auth/naa-broker';

export const apiScope = 'api://11111111-2222-3333-4444-555555555555/access_as_user';

export const sam: AccountInfo = {
  homeAccountId: 'oid-sam.tid-bank',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid-bank',
  username: 'sam.okafor@bank.example',
  localAccountId: 'oid-sam',
  name: 'Sam Okafor',
};

/** A three-part token-looking string; the pane never reads inside it. */
export function jwt(label: string): string {
  return `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(label).toString('base64url')}.c2ln`;
}

/** What MSAL resolves with: the access token for the API beside an ID token the pane must ignore. */
export function authResult(accessToken: string, account: AccountInfo | null = sam) {
  return {
    accessToken,
    idToken: jwt('id-token-not-for-the-api'),
    account,
    scopes: [apiScope],
    expiresOn: new Date(Date.now() + 60 * 60_000),
  } as AuthenticationResult;
}

export function interactionRequired(): InteractionRequiredAuthError {
  return new InteractionRequiredAuthError('consent_required', 'correlation-1', 'AADSTS65001');
}

/** A fake of the MSAL client the pane uses under NAA; each call is a spy tests can steer. */
export function fakeNaaClient() {
  let active: AccountInfo | null = null;
  return {
    acquireTokenSilent: vi.fn<NaaClient['acquireTokenSilent']>(async () =>
      authResult(jwt('silent')),
    ),
    acquireTokenPopup: vi.fn<NaaClient['acquireTokenPopup']>(async () => authResult(jwt('popup'))),
    getActiveAccount: vi.fn<NaaClient['getActiveAccount']>(() => active),
    getAccount: vi.fn<NaaClient['getAccount']>(() => null),
    setActiveAccount: vi.fn<NaaClient['setActiveAccount']>((account) => {
      active = account;
    }),
  } satisfies NaaClient;
}

/** A fake of the MSAL client the sign-in dialog uses. */
export function fakeDialogClient() {
  return {
    handleRedirectPromise: vi.fn<DialogMsalClient['handleRedirectPromise']>(async () => null),
    acquireTokenSilent: vi.fn<DialogMsalClient['acquireTokenSilent']>(async () =>
      authResult(jwt('silent')),
    ),
    acquireTokenRedirect: vi.fn<DialogMsalClient['acquireTokenRedirect']>(async () => undefined),
    getActiveAccount: vi.fn<DialogMsalClient['getActiveAccount']>(() => null),
    getAccount: vi.fn<DialogMsalClient['getAccount']>(() => null),
    setActiveAccount: vi.fn<DialogMsalClient['setActiveAccount']>(),
  } satisfies DialogMsalClient;
}
