import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
} from '@azure/msal-browser';
import { authorityOf, type AuthConfig } from './auth-config';
import type { DialogMsalClient } from './dialog/dialog-flow';
import type { NaaClient } from './naa-broker';

// The real MSAL adapters. Only this module and the dialog page load MSAL at run time.

/** MSAL with Outlook as its broker; used only where the host supports NestedAppAuth 1.1. */
export function createNaaClient(config: AuthConfig): Promise<NaaClient> {
  return createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: authorityOf(config) },
  });
}

/** Standard MSAL for the sign-in dialog, which receives the redirect itself. */
export function createDialogClient(
  config: AuthConfig,
  redirectUri: string,
): Promise<DialogMsalClient> {
  return createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: authorityOf(config), redirectUri },
    // The dialog is a fresh window each time; localStorage lets a second sign-in stay silent.
    cache: { cacheLocation: 'localStorage' },
  });
}
