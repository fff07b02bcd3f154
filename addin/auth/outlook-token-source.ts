import type { Host } from '../host/host';
import { authDialogPath, type AuthConfig } from './auth-config';
import { dialogBroker } from './dialog-broker';
import { naaBroker, type NaaClient } from './naa-broker';
import { SignInError } from './sign-in-error';
import { createAuthTokenSource, type AuthTokenSource } from './token-source';

export type OutlookTokenSourceDeps = {
  /** Builds the MSAL client; the real one is loaded only when nested app auth is used. */
  createNaaClient: (config: AuthConfig) => Promise<NaaClient>;
  /** The origin the pane (and so the sign-in dialog) is served from. */
  origin: string;
};

const realDeps = (): OutlookTokenSourceDeps => ({
  createNaaClient: async (config) => (await import('./msal-client')).createNaaClient(config),
  origin: window.location.origin,
});

/**
 * The token source for the pane in Outlook: Outlook's broker (nested app authentication) where
 * the host supports NestedAppAuth 1.1, otherwise the sign-in dialog.
 */
export async function createOutlookTokenSource(
  host: Host,
  config: AuthConfig,
  deps: OutlookTokenSourceDeps = realDeps(),
): Promise<AuthTokenSource> {
  const auth = host.auth;
  if (!auth) {
    throw new SignInError('unsupported_host', 'This host cannot sign in to Caseline with Entra ID');
  }
  const loginHint = host.user().email;
  if (auth.supportsNestedAppAuth()) {
    const client = await deps.createNaaClient(config);
    return createAuthTokenSource(naaBroker(client, { apiScope: config.apiScope, loginHint }));
  }
  return createAuthTokenSource(
    dialogBroker(auth.openDialog, {
      dialogUrl: `${deps.origin}${authDialogPath}`,
      expectedOrigin: deps.origin,
      loginHint,
    }),
  );
}
