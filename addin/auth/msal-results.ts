import type { AuthenticationResult } from '@azure/msal-browser';
import { SignInError } from './sign-in-error';

/**
 * MSAL's "the user must sign in or consent" error. Recognised by name so this module needs only
 * MSAL's types, keeping MSAL itself out of any bundle that does not use it.
 */
export function isInteractionRequired(error: unknown): boolean {
  return error instanceof Error && error.name === 'InteractionRequiredAuthError';
}

/** The access token for the API, never the ID token MSAL returns beside it. */
export function accessTokenOf(result: AuthenticationResult): string {
  if (!result.accessToken) {
    throw new SignInError('no_access_token', 'Sign-in returned no access token for Caseline');
  }
  return result.accessToken;
}
